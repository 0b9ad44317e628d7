import Foundation

/// Everything that can go wrong when calling RMS. Cases carry the endpoint (the API function name, never a URL
/// with its query), the HTTP status and the RMS codes; never the service secret, the license key or the
/// `Authorization` header (response excerpts are scrubbed of both values before they are stored).
package enum RakutenRMSError: Error, CustomStringConvertible, Equatable {
    /// The gateway refused the credentials: HTTP 401 (`ES01-01 Un-Authorised`, `GA0001`), or the gateway code
    /// `ES04-01` that RMS also returns for an API function not enabled for the key (rakuten-rms.md §1.3). Not
    /// retryable: the job reports it and exits 1.
    case authentication(endpoint: String, httpStatus: Int, code: String?, message: String?)
    /// Another gateway error in the `{"Results":{"errorCode","message"}}` envelope (e.g. `ES04-03`, `GK0001`).
    case gateway(endpoint: String, httpStatus: Int, code: String, message: String)
    /// An order API business error: `MessageModelList` ERROR entries, usually with HTTP 400 (rakuten-rms.md §3.1).
    /// `orderNumber` is the order the request was about, when it named one.
    case orderAPI(endpoint: String, httpStatus: Int, messages: [RMSMessageModel], orderNumber: String?)
    /// An InventoryAPI / ItemAPI error in the `{"errors":[…]}` envelope (rakuten-rms.md §4.2); each entry keeps its
    /// `propertyPath`, so the caller can drop the bad items (`RMSAPIErrorEntry.itemIndex`) and resend the rest.
    case api(endpoint: String, httpStatus: Int, errors: [RMSAPIErrorEntry])
    /// RMS is unavailable or throttling after the retries: 429/5xx/409, a timeout or a connection failure.
    /// `requestMayHaveReachedServer` says whether a non-idempotent call may have taken effect anyway.
    case unavailable(endpoint: String, httpStatus: Int?, detail: String, requestMayHaveReachedServer: Bool)
    /// An error status whose body is in no known envelope (HTML error pages, plain text, unknown JSON).
    case unexpectedResponse(endpoint: String, httpStatus: Int, bodyExcerpt: String)
    /// A success status whose body could not be decoded.
    case decoding(endpoint: String, httpStatus: Int, detail: String)
    /// The request could not be sent: invalid URL, TLS verification failure, out of resources.
    case transport(endpoint: String, detail: String)
    /// The client refused to send a request RMS would reject (e.g. more than 100 order numbers).
    case invalidRequest(endpoint: String, reason: String)

    /// A one-line English description with the endpoint, status and codes.
    package var description: String {
        switch self {
        case .authentication(let endpoint, let status, let code, let message):
            "RMS \(endpoint): authentication refused (HTTP \(status)"
                + (code.map { ", \($0)" } ?? "") + (message.map { " \($0)" } ?? "")
                + "); check the service secret, the license key (expires every 90 days) and that the API is enabled"
        case .gateway(let endpoint, let status, let code, let message):
            "RMS \(endpoint): gateway error HTTP \(status) \(code) \(message)"
        case .orderAPI(let endpoint, let status, let messages, let orderNumber):
            "RMS \(endpoint): HTTP \(status)" + (orderNumber.map { " for order \($0)" } ?? "") + ": "
                + messages.map { "\($0.messageCode) \($0.message)" }.joined(separator: "; ")
        case .api(let endpoint, let status, let errors):
            "RMS \(endpoint): HTTP \(status): "
                + errors.map { "\($0.code) \($0.message)" + ($0.propertyPath.map { " at \($0)" } ?? "") }
                .joined(separator: "; ")
        case .unavailable(let endpoint, let status, let detail, _):
            "RMS \(endpoint): unavailable" + (status.map { " (HTTP \($0))" } ?? "") + ": \(detail)"
        case .unexpectedResponse(let endpoint, let status, let excerpt):
            "RMS \(endpoint): unexpected HTTP \(status) response: \(excerpt)"
        case .decoding(let endpoint, let status, let detail):
            "RMS \(endpoint): could not decode the HTTP \(status) response: \(detail)"
        case .transport(let endpoint, let detail):
            "RMS \(endpoint): request failed: \(detail)"
        case .invalidRequest(let endpoint, let reason):
            "RMS \(endpoint): invalid request: \(reason)"
        }
    }

    /// Whether the credentials were refused (the job exits 1).
    package var isAuthenticationFailure: Bool {
        if case .authentication = self { return true }
        return false
    }

    /// Whether trying again on a later run may succeed (the job exits 75).
    package var isTemporary: Bool {
        if case .unavailable = self { return true }
        return false
    }

    /// The HTTP status, when a response arrived.
    package var httpStatus: Int? {
        switch self {
        case .authentication(_, let status, _, _), .gateway(_, let status, _, _), .orderAPI(_, let status, _, _),
            .api(_, let status, _), .unexpectedResponse(_, let status, _), .decoding(_, let status, _):
            status
        case .unavailable(_, let status, _, _):
            status
        case .transport, .invalidRequest:
            nil
        }
    }

    /// The RMS codes carried (order API message codes, `errors[].code`, or the gateway code).
    package var codes: [String] {
        switch self {
        case .authentication(_, _, let code, _): code.map { [$0] } ?? []
        case .gateway(_, _, let code, _): [code]
        case .orderAPI(_, _, let messages, _): messages.map(\.messageCode)
        case .api(_, _, let errors): errors.map(\.code)
        case .unavailable, .unexpectedResponse, .decoding, .transport, .invalidRequest: []
        }
    }
}
