import CCurl
import Foundation

/// A blocking HTTP/1.1 and HTTP/2 client on libcurl easy handles; safe to share between threads.
///
/// `send(_:)` makes exactly one attempt; `execute(_:retry:pacerKey:logger:)` (in `CurlHTTPClient+Retry.swift`)
/// adds pacing and retries. Redirects are not followed (the APIs we call do not redirect; a 3xx is returned
/// as is). TLS verification is always on.
package struct CurlHTTPClient: Sendable {
    /// Timeouts, user agent and CA bundle used for every request.
    package let configuration: HTTPClientConfiguration
    /// The pacer `execute` waits on before each attempt when given a `pacerKey`.
    package let pacer: RequestPacer?
    private let pool: CurlHandlePool

    /// A client; pass a `RequestPacer` to rate-limit `execute` calls per key.
    package init(configuration: HTTPClientConfiguration = HTTPClientConfiguration(), pacer: RequestPacer? = nil) {
        self.configuration = configuration
        self.pacer = pacer
        self.pool = CurlHandlePool()
    }

    /// Sends `request` once and returns whatever HTTP response arrives (any status).
    /// - Throws: `CurlTransportError` when no complete response arrives (connection, timeout, TLS, invalid URL).
    package func send(_ request: HTTPClientRequest) throws(CurlTransportError) -> HTTPClientResponse {
        try send(request, totalTimeout: configuration.totalTimeout)
    }

    /// Sends once with a total timeout that may be shorter than the configured one (the retry deadline).
    func send(_ request: HTTPClientRequest, totalTimeout: Duration) throws(CurlTransportError) -> HTTPClientResponse {
        let redacted = request.redactedURL
        try validate(request, redactedURL: redacted)
        return try CurlTransfer.with(pool: pool, redactedURL: redacted) { transfer throws(CurlTransportError) in
            try configure(transfer, for: request, totalTimeout: totalTimeout)
            try transfer.perform()
            return HTTPClientResponse(
                status: transfer.info(CURLINFO_RESPONSE_CODE),
                headers: transfer.state.headers,
                body: transfer.state.body
            )
        }
    }

    private func validate(_ request: HTTPClientRequest, redactedURL: String) throws(CurlTransportError) {
        let scheme = request.url.prefix { $0 != ":" }.lowercased()
        guard scheme == "http" || scheme == "https", request.url.contains("://") else {
            throw .invalidRequest(url: redactedURL, reason: "only absolute http:// and https:// URLs are supported")
        }
        guard request.method.rawValue.allSatisfy({ $0.isLetter || $0 == "-" }), !request.method.rawValue.isEmpty else {
            throw .invalidRequest(
                url: redactedURL,
                reason: "invalid method \(request.method.rawValue.debugDescription)"
            )
        }
        for header in request.headers {
            let badName = header.name.isEmpty || header.name.contains { $0 == ":" || $0.isWhitespace || $0.isNewline }
            if badName || header.value.contains(where: \.isNewline) {
                // The value is left out of the error on purpose: it may be a credential.
                throw .invalidRequest(url: redactedURL, reason: "header \(header.name.debugDescription) is malformed")
            }
        }
    }

    private func configure(
        _ transfer: CurlTransfer,
        for request: HTTPClientRequest,
        totalTimeout: Duration
    ) throws(CurlTransportError) {
        try transfer.set(CURLOPT_URL, request.url)
        try transfer.set(CURLOPT_PROTOCOLS_STR, "http,https")
        try transfer.set(CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.curlMilliseconds)
        try transfer.set(CURLOPT_TIMEOUT_MS, totalTimeout.curlMilliseconds)
        try transfer.set(CURLOPT_USERAGENT, configuration.userAgent)
        // "" = offer every encoding this libcurl can decode (gzip, deflate, br...) and decode transparently.
        try transfer.set(CURLOPT_ACCEPT_ENCODING, "")
        // Verification is never switched off; see HTTPClientConfiguration.
        try transfer.set(CURLOPT_SSL_VERIFYPEER, 1)
        try transfer.set(CURLOPT_SSL_VERIFYHOST, 2)
        if let caBundlePath = configuration.caBundlePath {
            try transfer.set(CURLOPT_CAINFO, caBundlePath)
        }
        try configureMethodAndBody(transfer, for: request)
        try transfer.set(CURLOPT_HTTPHEADER, list: headerLines(for: request))
    }

    private func configureMethodAndBody(
        _ transfer: CurlTransfer,
        for request: HTTPClientRequest
    ) throws(CurlTransportError) {
        let method = request.method
        // POST/PUT/PATCH without a body still send `Content-Length: 0`, which many servers require.
        let body = request.body ?? ([.post, .put, .patch].contains(method) ? Data() : nil)
        if method == .head {
            try transfer.set(CURLOPT_NOBODY, 1)
            return
        }
        if let body {
            try transfer.set(CURLOPT_POSTFIELDSIZE_LARGE, size: body.count)
            if body.isEmpty {
                try transfer.set(CURLOPT_COPYPOSTFIELDS, "")
            } else {
                let code = body.withUnsafeBytes { bytes in
                    ccurl_setopt_pointer(
                        transfer.handle,
                        CURLOPT_COPYPOSTFIELDS,
                        UnsafeMutableRawPointer(mutating: bytes.baseAddress)
                    )
                }
                guard code == CURLE_OK else {
                    throw .curlFailure(
                        url: transfer.redactedURL,
                        curlCode: Int(code.rawValue),
                        message: "could not copy the request body"
                    )
                }
            }
            if method != .post { try transfer.set(CURLOPT_CUSTOMREQUEST, method.rawValue) }
        } else if method == .get {
            try transfer.set(CURLOPT_HTTPGET, 1)
        } else {
            try transfer.set(CURLOPT_CUSTOMREQUEST, method.rawValue)
        }
    }

    /// `Name: value` lines; an empty value is written `Name;` (curl's syntax for "send with empty value").
    /// Unless the caller sets them, `Expect` is suppressed (no `100-continue` round trip) and curl's default
    /// `Content-Type: application/x-www-form-urlencoded` for bodies is removed rather than sent wrongly.
    private func headerLines(for request: HTTPClientRequest) -> [String] {
        var lines = request.headers.map { $0.value.isEmpty ? "\($0.name);" : "\($0.name): \($0.value)" }
        if !request.headers.contains(where: { $0.hasName("Expect") }) { lines.append("Expect:") }
        if !request.headers.contains(where: { $0.hasName("Content-Type") }) { lines.append("Content-Type:") }
        return lines
    }
}
