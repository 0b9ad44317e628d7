import CurlTransport

/// Everything that can go wrong talking to Smaregi. Cases carry the endpoint (method and path template, never
/// a token, secret or query string), the HTTP status and the problem `title` / `detail` the API sent.
package enum SmaregiAPIError: Error, CustomStringConvertible, Equatable {
    /// The token endpoint refused the client credentials or the scopes (`invalid_client`, `invalid_scope`, …).
    case authenticationFailed(endpoint: String, status: Int, error: String?, errorDescription: String?)
    /// The API answered with an error status; `title`/`detail` come from the problem body (smaregi.md §8).
    case requestFailed(endpoint: String, status: Int, title: String?, detail: String?)
    /// No usable HTTP response (connection, timeout, retries exhausted).
    case transport(endpoint: String, underlying: CurlTransportError)
    /// A 2xx body that does not match the expected shape.
    case invalidResponse(endpoint: String, status: Int, reason: String)
    /// A wire value (a POS string number, a date) that could not be converted.
    case invalidValue(endpoint: String, field: String, value: String)
    /// The call was not sent because its arguments are invalid (e.g. an empty order code).
    case invalidArgument(endpoint: String, reason: String)

    /// The HTTP status when the server answered.
    package var status: Int? {
        switch self {
        case .authenticationFailed(_, let status, _, _), .requestFailed(_, let status, _, _),
            .invalidResponse(_, let status, _):
            status
        case .transport(_, let underlying): underlying.lastStatus
        case .invalidValue, .invalidArgument: nil
        }
    }

    /// Whether retrying in a later run may succeed (429, 5xx, transport failures).
    package var isTemporary: Bool {
        switch self {
        case .transport: true
        case .requestFailed(_, let status, _, _): status == 429 || status >= 500
        default: false
        }
    }

    /// Whether a write may have been applied although it failed: a timeout or broken connection after sending, or
    /// a 5xx answer. The caller must then look the record up (e.g. the 受注 by order code) before sending again.
    package var requestMayHaveReachedServer: Bool {
        switch self {
        case .transport(_, let underlying): underlying.requestMayHaveReachedServer
        case .requestFailed(_, let status, _, _): status >= 500
        case .invalidResponse: true
        case .authenticationFailed, .invalidValue, .invalidArgument: false
        }
    }

    /// One line in English naming the endpoint, status and Smaregi's message.
    package var description: String {
        switch self {
        case .authenticationFailed(let endpoint, let status, let error, let errorDescription):
            "Smaregi token request \(endpoint) refused with HTTP \(status)"
                + (error.map { ": \($0)" } ?? "") + (errorDescription.map { " (\($0))" } ?? "")
        case .requestFailed(let endpoint, let status, let title, let detail):
            "Smaregi \(endpoint) failed with HTTP \(status)" + (title.map { ": \($0)" } ?? "")
                + (detail.map { " (\($0))" } ?? "")
        case .transport(let endpoint, let underlying):
            "Smaregi \(endpoint) could not be reached: \(underlying)"
        case .invalidResponse(let endpoint, let status, let reason):
            "Smaregi \(endpoint) sent an unreadable response (HTTP \(status)): \(reason)"
        case .invalidValue(let endpoint, let field, let value):
            "Smaregi \(endpoint) sent an invalid \(field): \(value.debugDescription)"
        case .invalidArgument(let endpoint, let reason):
            "Smaregi \(endpoint) not sent: \(reason)"
        }
    }
}
