import Foundation
import Hummingbird
import HummingbirdTesting
import Sandbox
import TestSupport

/// The production sandbox application driven through `app.test(.router)` (no socket).
struct RouterSandbox: Sendable {
    let client: any TestClientProtocol

    /// Sends a request; `auth` defaults to the default shop's ESA header.
    func send(
        _ method: HTTPRequest.Method,
        _ path: String,
        json: String? = nil,
        contentType: String? = "application/json; charset=utf-8",
        auth: String? = SandboxCredentials.rakutenAuthorization
    ) async throws -> SandboxReply {
        var headers = HTTPFields()
        if let auth { headers[.authorization] = auth }
        if json != nil, let contentType { headers[.contentType] = contentType }
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

    /// Calls the control API.
    func control(_ method: HTTPRequest.Method, _ path: String, json: String? = nil) async throws -> SandboxReply {
        try await send(method, path, json: json, contentType: "application/json", auth: nil)
    }

    /// Seeds the default shop with a 税別 8 % item `tea`, a 税込 10 % two-SKU item `mug`, an unmanaged item
    /// `gift` and a legacy 横軸/縦軸 item `shirt`.
    func seedCatalog() async throws {
        let reply = try await control(
            .post,
            "/_sandbox/rakuten/shops/sandbox-shop/items",
            json: """
                {"items":[
                 {"manageNumber":"Tea","itemNumber":"TEA-1","title":"煎茶","price":1000,"includeTaxFlag":0,"taxRate":0.08,"inventory":10},
                 {"manageNumber":"mug","title":"マグカップ","includeTaxFlag":1,"taxRate":0.1,
                  "variants":[{"variantId":"red","price":2200,"inventory":5,"selectorValues":{"カラー":"赤"}},
                              {"variantId":"Blue","price":2200,"inventory":0,"selectorValues":{"カラー":"青"}}]},
                 {"manageNumber":"gift","title":"ギフト券","price":500,"includeTaxFlag":1,"taxRate":0.1,"inventoryManaged":false},
                 {"manageNumber":"shirt","itemNumber":"sh01","title":"シャツ","price":3000,"includeTaxFlag":0,"taxRate":0.1,
                  "legacy":{"horizontalName":"サイズ","verticalName":"カラー",
                   "horizontal":[{"name":"S","childNumber":"s"},{"name":"M","childNumber":"m"}],
                   "vertical":[{"name":"白","childNumber":"w"}],
                   "stock":[{"horizontal":"S","vertical":"白","quantity":4}]}}
                ]}
                """
        )
        guard reply.status == 201 else { throw SandboxTestError.unexpected(reply.text) }
    }

    /// Places a shopper order in the default shop and returns its order number.
    func placeOrder(_ json: String) async throws -> String {
        let reply = try await control(.post, "/_sandbox/rakuten/shops/sandbox-shop/orders", json: json)
        guard reply.status == 201 else { throw SandboxTestError.unexpected(reply.text) }
        return try reply.decoded(as: RakutenPlacedOrder.self).orderNumber
    }

    /// getOrder version 10 for one order; returns the OrderModel.
    func order(_ number: String) async throws -> [String: Any] {
        let reply = try await send(
            .post,
            "/es/2.0/order/getOrder/",
            json: #"{"orderNumberList":["\#(number)"],"version":10}"#
        )
        guard let model = (reply.object["OrderModelList"] as? [[String: Any]])?.first else {
            throw SandboxTestError.unexpected(reply.text)
        }
        return model
    }
}

enum SandboxTestError: Error {
    case unexpected(String)
}

/// Runs `body` against the production sandbox application through the router (rate limits off by default).
func withRouterSandbox<T: Sendable>(
    _ configuration: SandboxConfiguration = SandboxConfiguration(rateLimitsEnabled: false, asyncShippingDelay: 0.2),
    _ body: @Sendable (RouterSandbox) async throws -> T
) async throws -> T {
    try await buildSandboxApplication(configuration: configuration).test(.router) { client in
        try await body(RouterSandbox(client: client))
    }
}

/// A searchOrder body over the last `days` days up to now.
func searchBody(days: Double = 1, extra: String = "") -> String {
    let now = Date()
    return """
        {"dateType":1,"startDatetime":"\(RMSDateText.orderDatetime(now.addingTimeInterval(-days * 86_400)))",\
        "endDatetime":"\(RMSDateText.orderDatetime(now.addingTimeInterval(60)))"\(extra)}
        """
}

extension Dictionary where Key == String, Value == Any {
    /// The `MessageModelList` codes of an order-API body.
    var messageCodes: [String] {
        (self["MessageModelList"] as? [[String: Any]] ?? []).compactMap { $0["messageCode"] as? String }
    }
    /// The `errors[].code` values of an inventory/items body.
    var errorCodes: [String] { (self["errors"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }
}
