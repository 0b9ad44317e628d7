import Foundation
import Hummingbird
import HummingbirdTesting
import Sandbox
import TestSupport

/// The Smaregi side alone on a router, driven through `app.test(.router)` (no socket).
struct SmaregiRouterSandbox: Sendable {
    static let contract = "sb_sandbox01"
    static let basic = "Basic " + Data("sandbox-client-id:sandbox-client-secret".utf8).base64EncodedString()

    let client: any TestClientProtocol

    /// Sends a request with an optional bearer token and JSON body.
    func send(
        _ method: HTTPRequest.Method,
        _ path: String,
        json: String? = nil,
        bearer: String? = nil,
        authorization: String? = nil,
        contentType: String = "application/json"
    ) async throws -> SandboxReply {
        var headers = HTTPFields()
        if let bearer { headers[.authorization] = "Bearer \(bearer)" }
        if let authorization { headers[.authorization] = authorization }
        if json != nil { headers[.contentType] = contentType }
        let response = try await client.executeRequest(
            uri: path,
            method: method,
            headers: headers,
            body: json.map { ByteBuffer(string: $0) }
        )
        return SandboxReply(
            status: Int(response.status.code),
            headers: response.headers,
            body: Data(response.body.readableBytesView)
        )
    }

    /// `POST /app/{contract}/token` with a form body.
    func tokenReply(
        contract: String = contract,
        authorization: String? = basic,
        form: String = "grant_type=client_credentials&scope=pos.products:read"
    ) async throws -> SandboxReply {
        try await send(
            .post,
            "/app/\(contract)/token",
            json: form,
            authorization: authorization,
            contentType: "application/x-www-form-urlencoded"
        )
    }

    /// A token of the default contract with every scope (or the given ones).
    func token(scopes: String? = nil, contract: String = contract, authorization: String = basic) async throws -> String
    {
        let form =
            "grant_type=client_credentials"
            + (scopes.map { "&scope=" + $0.replacingOccurrences(of: " ", with: "+") } ?? "")
        let reply = try await tokenReply(contract: contract, authorization: authorization, form: form)
        guard let token = reply.object["access_token"] as? String else { throw SmaregiTestError.unexpected(reply.text) }
        return token
    }

    /// Calls a control route of the default contract (`suffix` after `/contracts/sb_sandbox01`).
    func control(_ method: HTTPRequest.Method, _ suffix: String, json: String? = nil) async throws -> SandboxReply {
        let reply = try await send(method, "/_sandbox/smaregi/contracts/\(Self.contract)\(suffix)", json: json)
        guard reply.status == 200 else { throw SmaregiTestError.unexpected("\(reply.status) \(reply.text)") }
        return reply
    }

    /// Seeds three products: 1001 (code 4900000000011, ¥1100), 1002 (¥2200), 1003 (8 %, ¥540, 税抜).
    func seedProducts() async throws {
        _ = try await control(
            .post,
            "/products",
            json: """
                [{"productId":"1001","productCode":"4900000000011","productName":"マグカップ","price":1100},
                 {"productId":"1002","productCode":"4900000000028","productName":"Tシャツ","price":2200,"groupCode":"G1"},
                 {"productId":1003,"productCode":"4900000000035","productName":"煎茶","price":540,"taxDivision":"1","reducedTaxRate":true}]
                """
        )
    }

    /// The contract state dump.
    func state() async throws -> [String: Any] {
        try await control(.get, "").object
    }

    /// The stock row of (store, product) in the state dump, if any.
    func stockAmount(store: Int, product: Int) async throws -> Int? {
        let rows = try await state()["stock"] as? [[String: Any]] ?? []
        let row = rows.first {
            $0["storeId"] as? String == String(store) && $0["productId"] as? String == String(product)
        }
        return (row?["stockAmount"] as? String).flatMap { Int($0) }
    }
}

enum SmaregiTestError: Error {
    case unexpected(String)
}

/// Runs `body` against a fresh Smaregi side (rate limits off unless asked for).
func withSmaregiRouter<T: Sendable>(
    rateLimits: Bool = false,
    _ body: @Sendable (SmaregiRouterSandbox) async throws -> T
) async throws -> T {
    let sandbox = SmaregiSandbox(rateLimitsEnabled: rateLimits, clockOffset: 0)
    let router = Router(context: BasicRequestContext.self)
    sandbox.addRoutes(to: router)
    return try await Application(router: router).test(.router) { client in
        try await body(SmaregiRouterSandbox(client: client))
    }
}

/// `YYYY-MM-DDThh:mm:ss+09:00` for `date`, percent-encoded for a query (`%2B`).
func smaregiQueryDate(_ date: Date, encodePlus: Bool = true) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "Asia/Tokyo")
    formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
    let text = formatter.string(from: date)
    return encodePlus ? text.replacingOccurrences(of: "+", with: "%2B") : text
}
