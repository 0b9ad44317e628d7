import Foundation
import Hummingbird

/// The API gateway in front of every `/es/...` route: ESA authentication (§1), media types (§1.4) and
/// per-license-key rate limits (§2).
extension RakutenSandbox {
    /// Which API family a route belongs to (decides media types, bodies and error envelopes).
    enum APIFamily {
        case order, inventory, items, license
    }

    /// What the gateway hands to a handler.
    struct GatewayPass {
        var shopCode: String
        var body: SandboxJSON?
        var rawBodyIsEmpty: Bool
        var now: Date
    }

    /// Gateway error answer in the older documented envelope `{"Results":{"errorCode","message"}}`.
    static func gatewayError(_ status: HTTPResponse.Status, code: String, message: String, retryAfter: Bool = false)
        -> Response
    {
        var headers = HTTPFields()
        if retryAfter { headers[.retryAfter] = "1" }
        return SandboxHTTP.json(
            .fields(["Results": .fields(["errorCode": .string(code), "message": .string(message)])]),
            status: status,
            headers: headers
        )
    }

    /// Order API answers use `application/json;charset=utf-8` (no space, §1.4).
    static func orderResponse(_ value: SandboxJSON, status: HTTPResponse.Status = .ok) -> Response {
        SandboxHTTP.json(value, status: status, contentType: "application/json;charset=utf-8")
    }

    /// Checks credentials, media type and rate limit, reads the body, and runs `handler`.
    func gateway(
        _ request: Request,
        family: APIFamily,
        bucket: TokenBucket?,
        handler: (GatewayPass) async throws -> Response
    ) async throws -> Response {
        let now = clock.now()
        var response = try await checkedGateway(request, family: family, bucket: bucket, now: now, handler: handler)
        // Rakuten's time, shifted like everything else it dates (`SandboxDateHeaderHandler` moves it into `Date`).
        if let marker = SandboxDateHeaderHandler.marker {
            response.headers[marker] = SandboxDateHeaderHandler.httpDate(now)
        }
        return response
    }

    /// The gateway's checks, then the handler.
    private func checkedGateway(
        _ request: Request,
        family: APIFamily,
        bucket: TokenBucket?,
        now: Date,
        handler: (GatewayPass) async throws -> Response
    ) async throws -> Response {
        guard let credentials = Self.credentials(from: request.headers[.authorization]),
            let code = shopCode(serviceSecret: credentials.secret, licenseKey: credentials.key, now: now)
        else {
            switch currentSettings.authenticationErrorForm {
            case .results:
                return Self.gatewayError(.unauthorized, code: "ES01-01", message: "Un-Authorised")
            case .ga0001:
                return SandboxHTTP.json(
                    .fields([
                        "errors": .array([.fields(["code": .string("GA0001"), "message": .string("Un-Authorised")])])
                    ]),
                    status: .unauthorized
                )
            }
        }
        if request.method == .post || request.method == .put || request.method == .patch {
            guard Self.acceptsMediaType(request.headers[.contentType], family: family) else {
                return Self.gatewayError(.unsupportedMediaType, code: "ES04-03", message: "Unsupported Media Type")
            }
        }
        if let bucket, bucket.take(key: credentials.key) != nil {
            return Self.gatewayError(.tooManyRequests, code: "ES05-01", message: "Too Many Requests", retryAfter: true)
        }
        let data = try await SandboxHTTP.body(of: request)
        return try await handler(
            GatewayPass(shopCode: code, body: SandboxJSON.parse(data), rawBodyIsEmpty: data.isEmpty, now: now)
        )
    }

    /// Splits `ESA base64(serviceSecret:licenseKey)`; `nil` when malformed.
    static func credentials(from header: String?) -> (secret: String, key: String)? {
        guard let header, header.hasPrefix("ESA ") else { return nil }
        let encoded = header.dropFirst(4).trimmingCharacters(in: .whitespaces)
        guard let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8),
            let colon = text.firstIndex(of: ":")
        else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }

    /// The order API needs `application/json` with `charset=utf-8` (either spacing); inventory and items take
    /// `application/json` with or without a charset (§1.4).
    static func acceptsMediaType(_ header: String?, family: APIFamily) -> Bool {
        guard let header else { return false }
        let parts = header.lowercased().split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first == "application/json" else { return false }
        let parameters = parts.dropFirst()
        switch family {
        case .order: return parameters.contains("charset=utf-8")
        case .inventory, .items, .license: return parameters.allSatisfy { $0 == "charset=utf-8" }
        }
    }
}
