import CCurl
import Foundation

/// Groups of libcurl result codes (see `libcurl-errors(3)`) and their mapping to `CurlTransportError`.
enum CurlCodes {
    /// Failures before any byte of the request left: proxy/host unresolved (5, 6), connect refused (7),
    /// interface failure (45).
    static let beforeSending: Set<Int> = [5, 6, 7, 45]
    /// Network-level failures worth retrying: the above plus partial file (18), empty reply (52), send/receive
    /// errors (55, 56), HTTP/2 framing (16, 92) and a TLS handshake that broke off (35).
    static let connection: Set<Int> = beforeSending.union([16, 18, 35, 52, 55, 56, 92])
    /// Operation timed out (28), for connect and total timeouts alike.
    static let timeout: Set<Int> = [28]
    /// Peer verification and TLS set-up failures, never retried: 51 (old peer name mismatch), 53/54 (engine),
    /// 58 (local certificate), 59 (cipher), 60 (peer verification), 64 (required TLS/STARTTLS not available),
    /// 66 (engine init), 77 (CA bundle unreadable), 80 (shutdown), 82 (CRL file), 83 (issuer), 90 (pinned key),
    /// 91 (certificate status).
    static let tls: Set<Int> = [51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91]
    /// The URL itself is unusable: unsupported protocol (1), malformed URL (3).
    static let invalidURL: Set<Int> = [1, 3]

    /// Maps a failed `curl_easy_perform` result to the matching error case.
    static func error(code: CURLcode, message: String, url: String) -> CurlTransportError {
        let number = Int(code.rawValue)
        if timeout.contains(number) { return .timedOut(url: url, curlCode: number, message: message) }
        if tls.contains(number) { return .tlsFailure(url: url, curlCode: number, message: message) }
        if connection.contains(number) { return .connectionFailed(url: url, curlCode: number, message: message) }
        if invalidURL.contains(number) { return .invalidRequest(url: url, reason: "curl \(number): \(message)") }
        return .curlFailure(url: url, curlCode: number, message: message)
    }

    /// curl's detailed message from the error buffer, or its generic text for the code.
    static func message(code: CURLcode, errorBuffer: UnsafePointer<CChar>) -> String {
        let detail = String(cString: errorBuffer).trimmingCharacters(in: .whitespacesAndNewlines)
        if !detail.isEmpty { return detail }
        return curl_easy_strerror(code).map { String(cString: $0) } ?? "curl error \(code.rawValue)"
    }
}
