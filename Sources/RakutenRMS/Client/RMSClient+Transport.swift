import CurlTransport
import Foundation
import Logging

/// The API family of an endpoint: it decides the Content-Type and the error envelope to look for.
enum RMSAPIFamily: Sendable {
    /// RakutenPayOrderAPI: `MessageModelList` envelope, `application/json; charset=utf-8`.
    case order
    /// InventoryAPI / ItemAPI: `errors[]` envelope, `application/json`.
    case inventoryOrItems
    /// LicenseManagementAPI: gateway envelope only.
    case license
}

/// One call to RMS, before it is sent.
struct RMSCall: Sendable {
    /// The RMS function name, used in logs and errors (never the URL).
    var endpoint: String
    var family: RMSAPIFamily
    var method: HTTPMethod
    /// The path after the host, starting with `/`.
    var path: String
    /// Query items, sent percent-encoded; never logged.
    var query: [(name: String, value: String)] = []
    var body: Data?
    var pacerKey: String
    /// Whether sending the call twice is harmless (decides the retry policy).
    var isIdempotent: Bool
    /// The order the call is about, for errors.
    var orderNumber: String?
}

extension RMSClient {
    /// Sends `call` with pacing and retries and returns the 2xx response; every other outcome is thrown.
    func perform(_ call: RMSCall) throws(RakutenRMSError) -> HTTPClientResponse {
        var headers = [
            HTTPHeader("Authorization", credentials.authorizationHeaderValue),
            HTTPHeader("Accept", "application/json"),
        ]
        if call.body != nil {
            let contentType = call.family == .order ? "application/json; charset=utf-8" : "application/json"
            headers.append(HTTPHeader("Content-Type", contentType))
        }
        let request = HTTPClientRequest(method: call.method, url: url(for: call), headers: headers, body: call.body)
        let metadata: Logger.Metadata = ["rms.endpoint": "\(call.endpoint)"]
        logger.debug("RMS request", metadata: metadata)
        let response: HTTPClientResponse
        do {
            response = try http.execute(
                request,
                retry: policy(idempotent: call.isIdempotent),
                pacerKey: call.pacerKey,
                logger: logger
            )
        } catch {
            record(call, request, response: Self.lastResponse(of: error), error: error)
            let mapped = mapTransportError(error, call: call)
            logger.warning("RMS request failed", metadata: metadata.merging(["error": "\(mapped)"]) { $1 })
            throw mapped
        }
        record(call, request, response: response, error: nil)
        logger.debug("RMS response", metadata: metadata.merging(["http.status": "\(response.status)"]) { $1 })
        if call.family == .order {
            serverClock.record(dateHeader: response.header("Date"), receivedAt: Date())
        }
        guard response.isSuccess else {
            let mapped = mapErrorResponse(response, call: call)
            logger.warning("RMS error response", metadata: metadata.merging(["error": "\(mapped)"]) { $1 })
            throw mapped
        }
        return response
    }

    /// Sends `call` and decodes the 2xx body as `Response`.
    func perform<Response: Decodable>(_ call: RMSCall, decoding: Response.Type) throws(RakutenRMSError) -> Response {
        let response = try perform(call)
        do {
            return try JSONDecoder().decode(Response.self, from: response.body)
        } catch {
            throw .decoding(endpoint: call.endpoint, httpStatus: response.status, detail: redact("\(error)"))
        }
    }

    /// Hands the exchange to `recorder`, secrets removed.
    private func record(
        _ call: RMSCall,
        _ request: HTTPClientRequest,
        response: HTTPClientResponse?,
        error: (any Error)?
    ) {
        guard let recorder else { return }
        let token = String(credentials.authorizationHeaderValue.dropFirst("ESA ".count))
        recorder(
            HTTPExchange(
                endpoint: call.endpoint,
                request: request,
                response: response,
                error: error.map { "\($0)" },
                secrets: [token, credentials.serviceSecret, credentials.licenseKey]
            )
        )
    }

    private static func lastResponse(of error: CurlTransportError) -> HTTPClientResponse? {
        if case .retriesExhausted(_, _, let response, _) = error { return response }
        return nil
    }

    /// JSON-encodes a request body.
    func encodeBody(_ value: some Encodable, endpoint: String) throws(RakutenRMSError) -> Data {
        do {
            return try JSONEncoder().encode(value)
        } catch {
            throw .invalidRequest(endpoint: endpoint, reason: "could not encode the request: \(error)")
        }
    }

    /// The full URL of `call`, query percent-encoded.
    func url(for call: RMSCall) -> String {
        guard !call.query.isEmpty else { return baseURL + call.path }
        let query = call.query.map { "\(Self.percentEncoded($0.name))=\(Self.percentEncoded($0.value))" }
        return baseURL + call.path + "?" + query.joined(separator: "&")
    }

    /// Percent-encodes everything except RFC 3986 unreserved characters (safe in a path segment and a query).
    static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128))
        )
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The retry policy of a call: the configured one, or for non-idempotent calls only 429/503 (answers that
    /// mean "not processed") and no retry after a timeout or a broken connection, since the server may have
    /// applied the first attempt; the caller then sees `requestMayHaveReachedServer` and checks before resending.
    func policy(idempotent: Bool) -> RetryPolicy {
        guard !idempotent else { return retryPolicy }
        var narrowed = retryPolicy
        narrowed.retryableStatuses = retryPolicy.retryableStatuses.intersection([429, 503])
        narrowed.retriesTimeouts = false
        narrowed.retriesConnectionFailures = false
        return narrowed
    }

    /// Replaces the service secret, the license key and the header token in `text` with `****`.
    func redact(_ text: String) -> String {
        var result = text
        let token = String(credentials.authorizationHeaderValue.dropFirst("ESA ".count))
        for secret in [token, credentials.serviceSecret, credentials.licenseKey] where !secret.isEmpty {
            result = result.replacingOccurrences(of: secret, with: "****")
        }
        return result
    }
}
