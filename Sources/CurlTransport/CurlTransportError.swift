/// Everything that can go wrong in CurlTransport: curl failures, timeouts, TLS, exhausted retries and SMTP replies.
///
/// URLs in cases are always redacted (no query string, fragment or user info), and no case carries a header
/// value, a password or a message body, so `description` is safe to log and to print.
package indirect enum CurlTransportError: Error, CustomStringConvertible, Equatable {
    /// The URL could not be used (malformed, unsupported scheme, or a header/address with a line break).
    case invalidRequest(url: String, reason: String)
    /// The server could not be reached or the connection broke (refused, unresolved host, send/receive error).
    case connectionFailed(url: String, curlCode: Int, message: String)
    /// The connect timeout or the total timeout elapsed.
    case timedOut(url: String, curlCode: Int, message: String)
    /// The TLS peer could not be verified (unknown CA, wrong host name, unreadable CA bundle, STARTTLS refused).
    case tlsFailure(url: String, curlCode: Int, message: String)
    /// Any other libcurl failure.
    case curlFailure(url: String, curlCode: Int, message: String)
    /// `execute(_:retry:pacerKey:logger:)` gave up: attempts or deadline used up. `lastResponse` is the last
    /// HTTP response received (a retryable status), `lastError` the failure of the final attempt when it got no
    /// response; both can be set when an earlier attempt answered 503 and the last one timed out.
    case retriesExhausted(url: String, attempts: Int, lastResponse: HTTPClientResponse?, lastError: CurlTransportError?)
    /// The SMTP server refused the mail (or the transfer failed after connecting); `responseCode` is the last
    /// SMTP reply code when curl knows it.
    case smtpFailure(url: String, responseCode: Int?, curlCode: Int, message: String)
    /// libcurl could not allocate an easy handle or a list.
    case outOfResources(url: String)
    /// A shared request budget's state file could not be opened, locked or written (the pacer then paces this
    /// process alone); `path` is the file, whose name is a hash and reveals no key.
    case budgetUnavailable(path: String, reason: String)

    /// A one-line English explanation naming the URL, curl code and curl's message.
    package var description: String {
        switch self {
        case .invalidRequest(let url, let reason):
            "invalid request for \(url): \(reason)"
        case .connectionFailed(let url, let curlCode, let message):
            "connection to \(url) failed (curl \(curlCode)): \(message)"
        case .timedOut(let url, let curlCode, let message):
            "request to \(url) timed out (curl \(curlCode)): \(message)"
        case .tlsFailure(let url, let curlCode, let message):
            "TLS with \(url) failed (curl \(curlCode)): \(message); " + Self.tlsExplanation(curlCode: curlCode)
        case .curlFailure(let url, let curlCode, let message):
            "request to \(url) failed (curl \(curlCode)): \(message)"
        case .retriesExhausted(let url, let attempts, let lastResponse, let lastError):
            "giving up on \(url) after \(attempts) attempt\(attempts == 1 ? "" : "s"); "
                + (lastResponse.map { "last HTTP status \($0.status)" } ?? "no HTTP response")
                + (lastError.map { "; last error: \($0)" } ?? "")
        case .smtpFailure(let url, let responseCode, let curlCode, let message):
            "sending mail through \(url) failed"
                + (responseCode.map { " with SMTP reply \($0)" } ?? "")
                + " (curl \(curlCode)): \(message)"
        case .outOfResources(let url):
            "libcurl could not allocate resources for \(url)"
        case .budgetUnavailable(let path, let reason):
            "the shared request budget \(path) cannot be used (\(reason)); pacing this process alone"
        }
    }

    /// What a TLS failure code means for the operator.
    private static func tlsExplanation(curlCode: Int) -> String {
        switch curlCode {
        case 64: "the server does not offer TLS (STARTTLS) although it is required"
        case 77: "the CA bundle file could not be read"
        case 58: "the local client certificate could not be used"
        default:
            "the server certificate is not trusted or does not match the host name (verification is always on)"
        }
    }

    /// The last HTTP status seen, for `retriesExhausted`; `nil` otherwise.
    package var lastStatus: Int? {
        if case .retriesExhausted(_, _, let response, _) = self { return response?.status }
        return nil
    }

    /// Whether the request may have reached the server before failing (a timeout, or a connection that broke
    /// after sending); callers of non-idempotent requests must then check before sending again.
    package var requestMayHaveReachedServer: Bool {
        switch self {
        case .timedOut, .curlFailure, .smtpFailure: true
        case .connectionFailed(_, let curlCode, _): !CurlCodes.beforeSending.contains(curlCode)
        case .retriesExhausted(_, _, let response, let error):
            response != nil || (error?.requestMayHaveReachedServer ?? false)
        case .invalidRequest, .tlsFailure, .outOfResources, .budgetUnavailable: false
        }
    }
}
