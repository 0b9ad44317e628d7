import CCurl
import Foundation

/// Sends mail through libcurl's SMTP support (`smtp://` with STARTTLS, `smtps://`, AUTH); blocking, thread-safe.
package struct SMTPSender: Sendable {
    /// Server, credentials and TLS settings.
    package let configuration: SMTPConfiguration
    private let pool: CurlHandlePool

    /// A sender for `configuration`.
    package init(configuration: SMTPConfiguration) {
        self.configuration = configuration
        // No idle handles: each mail opens its own session and ends it with QUIT instead of holding it open.
        self.pool = CurlHandlePool(capacity: 0)
    }

    /// Renders `message` and sends it to all of `message.to`; returns the bytes that were sent.
    @discardableResult
    package func send(
        _ message: MailMessage,
        date: Date = Date(),
        messageID: String? = nil
    ) throws(CurlTransportError) -> Data {
        let raw = message.rendered(date: date, messageID: messageID ?? message.makeMessageID())
        try send(rawMessage: raw, from: message.from, to: message.to)
        return raw
    }

    /// Sends already-rendered RFC 5322 bytes (e.g. an `.eml` from the outbox) with the given envelope.
    /// - Throws: `.invalidRequest` for a bad URL or address, `.smtpFailure` when the server refuses
    ///   (with its reply code), `.connectionFailed`, `.timedOut` or `.tlsFailure` otherwise.
    package func send(rawMessage: Data, from: String, to recipients: [String]) throws(CurlTransportError) {
        let url = RedactedURL.redact(configuration.url)
        let scheme = configuration.url.prefix { $0 != ":" }.lowercased()
        guard scheme == "smtp" || scheme == "smtps", configuration.url.contains("://") else {
            throw .invalidRequest(url: url, reason: "the SMTP URL must start with smtp:// or smtps://")
        }
        guard !recipients.isEmpty else { throw .invalidRequest(url: url, reason: "no recipients") }
        for address in [from] + recipients where !Self.isPlausibleAddress(address) {
            throw .invalidRequest(url: url, reason: "invalid mail address \(address.debugDescription)")
        }
        try CurlTransfer.with(pool: pool, redactedURL: url) { transfer throws(CurlTransportError) in
            try configure(transfer, from: from, to: recipients, size: rawMessage.count)
            transfer.state.upload = rawMessage
            do throws(CurlTransportError) {
                try transfer.perform()
            } catch {
                throw Self.smtpError(error, replyCode: transfer.info(CURLINFO_RESPONSE_CODE), url: url)
            }
        }
    }

    private func configure(_ transfer: CurlTransfer, from: String, to: [String], size: Int) throws(CurlTransportError) {
        try transfer.set(CURLOPT_URL, configuration.url)
        try transfer.set(CURLOPT_PROTOCOLS_STR, "smtp,smtps")
        try transfer.set(CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.curlMilliseconds)
        try transfer.set(CURLOPT_TIMEOUT_MS, configuration.totalTimeout.curlMilliseconds)
        let useSSL = configuration.requiresTLS ? CURLUSESSL_ALL : CURLUSESSL_TRY
        try transfer.set(CURLOPT_USE_SSL, Int(useSSL.rawValue))
        try transfer.set(CURLOPT_SSL_VERIFYPEER, 1)
        try transfer.set(CURLOPT_SSL_VERIFYHOST, 2)
        if let caBundlePath = configuration.caBundlePath { try transfer.set(CURLOPT_CAINFO, caBundlePath) }
        if let username = configuration.username {
            try transfer.set(CURLOPT_USERNAME, username)
            try transfer.set(CURLOPT_PASSWORD, configuration.password ?? "")
        }
        try transfer.set(CURLOPT_MAIL_FROM, "<\(from)>")
        try transfer.set(CURLOPT_MAIL_RCPT, list: to.map { "<\($0)>" })
        try transfer.set(CURLOPT_UPLOAD, 1)
        try transfer.set(CURLOPT_INFILESIZE_LARGE, size: size)
    }

    /// A replied SMTP error (4xx/5xx) or a failure after connecting becomes `.smtpFailure`; network, timeout
    /// and TLS errors keep their own cases so callers can tell "server down" from "mail refused".
    static func smtpError(_ error: CurlTransportError, replyCode: Int, url: String) -> CurlTransportError {
        let reply = replyCode > 0 ? replyCode : nil
        switch error {
        case .curlFailure(_, let curlCode, let message):
            return .smtpFailure(url: url, responseCode: reply, curlCode: curlCode, message: message)
        case .connectionFailed(_, let curlCode, let message) where (reply ?? 0) >= 400:
            return .smtpFailure(url: url, responseCode: reply, curlCode: curlCode, message: message)
        default:
            return error
        }
    }

    /// `local@domain` without spaces, angle brackets or control characters.
    static func isPlausibleAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        let forbidden = address.unicodeScalars.contains {
            CharacterSet.controlCharacters.contains($0) || $0 == " " || $0 == "<" || $0 == ">" || $0 == ","
        }
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && !forbidden
    }
}
