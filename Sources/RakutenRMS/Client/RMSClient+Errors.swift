import CurlTransport
import Foundation

/// The gateway error envelope `{"Results":{"errorCode":"ES01-01","message":"Un-Authorised"}}` (rakuten-rms.md §1.3).
struct RMSGatewayErrorBody: Decodable, Sendable, Equatable {
    struct Results: Decodable, Sendable, Equatable {
        var errorCode: String?
        var message: String?

        enum CodingKeys: String, CodingKey {
            case errorCode, message
        }
    }

    var results: Results?

    enum CodingKeys: String, CodingKey {
        case results = "Results"
    }
}

extension RMSClient {
    /// Gateway codes that mean "these credentials may not call this API" rather than a bad request.
    static let authenticationGatewayCodes: Set<String> = ["ES01-01", "ES04-01", "GA0001"]
    /// Statuses that mean RMS is busy or down (after the retries have run out).
    static let unavailableStatuses: Set<Int> = [409, 429, 500, 502, 503, 504]

    /// Turns a non-2xx response into the matching error (rakuten-rms.md §7: gateway, MessageModelList, errors[]).
    func mapErrorResponse(_ response: HTTPClientResponse, call: RMSCall) -> RakutenRMSError {
        let status = response.status
        let body = response.body
        let decoder = JSONDecoder()
        if let gateway = try? decoder.decode(RMSGatewayErrorBody.self, from: body), let results = gateway.results {
            let code = results.errorCode ?? ""
            let message = results.message ?? ""
            if status == 401 || Self.authenticationGatewayCodes.contains(code) {
                return .authentication(endpoint: call.endpoint, httpStatus: status, code: code, message: message)
            }
            if !Self.unavailableStatuses.contains(status) {
                return .gateway(endpoint: call.endpoint, httpStatus: status, code: code, message: message)
            }
        }
        if status == 401 {
            // The newer gateway codes (`GA0001 Un-Authorised`, 2026 reports) come in a body whose shape is not
            // documented; the `errors[]` envelope of the 2.x APIs is read for its code when it is that one.
            let entry = (try? decoder.decode(RMSAPIErrorBody.self, from: body))?.errors?.first
            return .authentication(
                endpoint: call.endpoint,
                httpStatus: status,
                code: entry.map(\.code),
                message: entry.map(\.message)
            )
        }
        let excerpt = bodyExcerpt(body)
        if Self.unavailableStatuses.contains(status) {
            return .unavailable(
                endpoint: call.endpoint,
                httpStatus: status,
                detail: excerpt.isEmpty ? "HTTP \(status)" : excerpt,
                requestMayHaveReachedServer: ![429, 503].contains(status)
            )
        }
        switch call.family {
        case .order:
            // getResultUpdateOrderShippingAsync wraps its errors (e.g. a missing requestId) in
            // `ResultShippingModelList[].MessageModelList`.
            let wrapped =
                (try? decoder.decode(RMSGetResultUpdateOrderShippingAsyncResponse.self, from: body))?
                .results.flatMap { $0.messageModelList ?? [] } ?? []
            if !wrapped.isEmpty {
                return .orderAPI(
                    endpoint: call.endpoint,
                    httpStatus: status,
                    messages: wrapped,
                    orderNumber: call.orderNumber
                )
            }
            if let envelope = try? decoder.decode(RMSMessageEnvelope.self, from: body), !envelope.messages.isEmpty {
                return .orderAPI(
                    endpoint: call.endpoint,
                    httpStatus: status,
                    messages: envelope.messages,
                    orderNumber: call.orderNumber
                )
            }
        case .inventoryOrItems:
            if let envelope = try? decoder.decode(RMSAPIErrorBody.self, from: body), let errors = envelope.errors,
                !errors.isEmpty
            {
                return .api(endpoint: call.endpoint, httpStatus: status, errors: errors)
            }
        case .license:
            break
        }
        return .unexpectedResponse(endpoint: call.endpoint, httpStatus: status, bodyExcerpt: excerpt)
    }

    /// Maps a CurlTransport failure: exhausted retries with a last response are mapped like that response.
    func mapTransportError(_ error: CurlTransportError, call: RMSCall) -> RakutenRMSError {
        switch error {
        case .retriesExhausted(_, let attempts, let lastResponse, let lastError):
            if let lastResponse {
                let mapped = mapErrorResponse(lastResponse, call: call)
                guard case .unavailable(let endpoint, let status, let detail, let reached) = mapped else {
                    return mapped
                }
                return .unavailable(
                    endpoint: endpoint,
                    httpStatus: status,
                    detail: "\(detail) (after \(attempts) attempts)",
                    requestMayHaveReachedServer: reached
                )
            }
            return .unavailable(
                endpoint: call.endpoint,
                httpStatus: nil,
                detail: redact(lastError.map { "\($0)" } ?? "\(error)") + " (after \(attempts) attempts)",
                requestMayHaveReachedServer: error.requestMayHaveReachedServer
            )
        case .connectionFailed, .timedOut:
            return .unavailable(
                endpoint: call.endpoint,
                httpStatus: nil,
                detail: redact("\(error)"),
                requestMayHaveReachedServer: error.requestMayHaveReachedServer
            )
        default:
            return .transport(endpoint: call.endpoint, detail: redact("\(error)"))
        }
    }

    /// The first 300 characters of a body, on one line, with credentials scrubbed.
    func bodyExcerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(1200), as: UTF8.self)
            .replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
            .trimmingCharacters(in: .whitespaces)
        return String(redact(text).prefix(300))
    }
}
