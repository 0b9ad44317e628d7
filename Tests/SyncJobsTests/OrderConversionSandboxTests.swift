import CurlTransport
import Foundation
import HTTPTypes
import Logging
import RakutenRMS
import SmaregiAPI
import SyncCore
import SyncJobs
import TestSupport
import Testing

/// The whole order path over real sockets, without the job: a shopper's order placed in the sandbox mall, read
/// with getOrder, converted and transformed, then created in Smaregi 受注管理. The mall computes `priceTaxIncl`,
/// coupon splits and TaxSummary itself (docs/sandbox.md), so a wrong rule on our side shows as a TAX_MISMATCH or
/// TOTAL_MISMATCH row, and a wrong body as a 400 from Smaregi.
struct OrderConversionSandboxTests {
    static let catalog = """
        {"items":[
         {"manageNumber":"towel","title":"タオル","price":1980,"includeTaxFlag":1,"taxRate":0.1,"inventory":20},
         {"manageNumber":"tea","title":"煎茶","price":1296,"includeTaxFlag":1,"taxRate":0.08,"inventory":20},
         {"manageNumber":"cookie","title":"クッキー","price":123,"includeTaxFlag":0,"taxRate":0.08,"inventory":20},
         {"manageNumber":"tshirt","title":"Tシャツ","includeTaxFlag":1,"taxRate":0.1,
          "variants":[{"variantId":"s-white","price":2980,"inventory":5},{"variantId":"m-black","price":2980,"inventory":5}]},
         {"manageNumber":"shirt","itemNumber":"sh01","title":"シャツ","price":3000,"includeTaxFlag":0,
          "legacy":{"horizontalName":"サイズ","verticalName":"カラー","horizontal":[{"name":"S","childNumber":"s"}],
                    "vertical":[{"name":"白","childNumber":"w"}],"stock":[{"horizontal":"S","vertical":"白","quantity":4}]}}
        ]}
        """

    /// Two packages, both rates, an item coupon, order-wide shop and Rakuten coupons, points, a legacy line.
    static let shopperOrder = """
        {"packages":[
          {"lines":[{"manageNumber":"towel","units":2},{"manageNumber":"tea","units":1},{"manageNumber":"cookie","units":3}],
           "postagePrice":550},
          {"lines":[{"manageNumber":"tshirt","variantId":"s-white","units":1},
                    {"manageNumber":"shirt","legacyOptions":{"horizontal":"S","vertical":"白"},"units":1}],
           "postagePrice":700,"sender":{"familyName":"楽天","firstName":"花子","prefecture":"大阪府"}}],
         "settlementMethodCode":1,"usedPoint":1000,"shopCouponPrice":300,"rakutenCouponPrice":200,
         "coupons":[{"couponCode":"TEA100","capitalCode":1,"price":100,"manageNumber":"tea"}]}
        """

    static let resolvers = OrderResolvers(
        product: { lookup in
            switch lookup {
            case .sku(manageNumber: "towel", variantId: "towel"): .mapped(productID: 1001, productCode: nil)
            case .sku(manageNumber: "tea", variantId: "tea"), .sku(manageNumber: "cookie", variantId: "cookie"):
                .mapped(productID: 1003, productCode: nil)
            case .sku(manageNumber: "tshirt", variantId: "s-white"): .mapped(productID: 1002, productCode: nil)
            case .legacy(manageNumber: "shirt", itemNumber: "sh01sw", horizontal: let h, vertical: let v)
            where h?.value == "S" && v?.value == "白":
                .mapped(productID: 1002, productCode: nil)
            default: .unmapped
            }
        },
        payment: { lookup in
            ["1": 2, "POINT": 5, "COUPON": 6][lookup.mappingKey].map { .mapped(paymentMethodID: $0) } ?? .unmapped
        }
    )

    @Test(.timeLimit(.minutes(1)), arguments: TaxRounding.allCases)
    func mallOrderBecomesAnAccepted受注(rounding: TaxRounding) async throws {
        try await withSandboxServer { sandbox in
            // Given a shop rounding with `rounding`, its catalog, Smaregi products, and an order placed as a shopper
            try await Self.expectStatus(
                sandbox.control(
                    .post,
                    "/_sandbox/rakuten/shops/sandbox-shop",
                    json: #"{"taxRounding":"\#(rounding.rawValue)"}"#
                ),
                200
            )
            try await Self.expectStatus(
                sandbox.control(.post, "/_sandbox/rakuten/shops/sandbox-shop/items", json: Self.catalog),
                201
            )
            try await Self.seedSmaregi(sandbox)
            let placed = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/orders",
                json: Self.shopperOrder
            )
            #expect(placed.status == 201, "\(placed.text)")
            let number = try placed.decoded(as: RakutenPlacedOrder.self).orderNumber

            // When the order is read with getOrder, converted and transformed with the same rounding
            let reply = try await sandbox.rakuten(
                .post,
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":["\#(number)"],"version":9}"#
            )
            let response = try JSONDecoder().decode(RMSGetOrderResponse.self, from: reply.body)
            let order = RakutenOrder(rms: try #require(response.orders.first))
            let transform = OrderTransform(rounding: rounding, resolvers: Self.resolvers)
            let result = transform.transform(order)

            // Then our invoice-rule figures equal the mall's TaxSummary and the total equals what it billed
            #expect(result.rows.isEmpty, "\(result.rows.map(\.messageEn))")
            #expect(
                transform.computedTaxes(order)
                    == order.taxSummary.map { RateTax(rate: $0.rate, taxableAmount: $0.reqPrice, tax: $0.reqPriceTax) }
            )
            #expect(order.taxSummary.map(\.rate) == [.standard, .reduced])
            // (our own coupon split, used when a TaxSummary lacks one, agrees with the mall's)
            #expect(
                transform.estimatedCouponsByRate(order)
                    == Dictionary(uniqueKeysWithValues: order.taxSummary.map { ($0.rate, $0.couponPrice) })
            )
            let draft = try #require(result.draft)
            #expect(draft.total == order.amounts.requestPrice + order.usedPoint + order.amounts.couponOtherPrice)
            #expect(draft.destinations.map { $0.lines.map(\.productID) } == [[1001, 1003, 1003], [1002, 1002]])

            // and Smaregi accepts the 受注 with every destination and the same total
            let request = SmaregiOrderCreateRequest(draft: draft, storeID: 3)
            let client = Self.smaregiClient(sandbox)
            let created = try await runBlocking { try client.createOrder(request) }
            #expect(created.code == number)
            #expect(created.total == draft.total)
            #expect(created.destinations.map { $0.lines.map(\.quantity) } == [[2, 1, 3], [1, 1]])
        }
    }

    static func expectStatus(_ reply: SandboxReply, _ status: Int) throws {
        guard reply.status == status else { throw OrderConversionSandboxError.unexpected(reply.text) }
    }

    static func seedSmaregi(_ sandbox: SandboxServer) async throws {
        try await expectStatus(
            sandbox.control(
                .put,
                "/_sandbox/smaregi/contracts/sb_sandbox01/settings",
                json: #"{"rateLimitEnabled":false}"#
            ),
            200
        )
        try await expectStatus(
            sandbox.control(
                .post,
                "/_sandbox/smaregi/contracts/sb_sandbox01/products",
                json: """
                    [{"productId":"1001","productCode":"4900000000011","productName":"タオル","price":1980},
                     {"productId":"1002","productCode":"4900000000028","productName":"Tシャツ","price":2980},
                     {"productId":"1003","productCode":"4900000000035","productName":"煎茶","price":1296,"reducedTaxRate":true}]
                    """
            ),
            200
        )
    }

    static func smaregiClient(_ sandbox: SandboxServer) -> SmaregiClient {
        SmaregiClient(
            credentials: SmaregiCredentials(
                contractId: "sb_sandbox01",
                clientId: "sandbox-client-id",
                clientSecret: "sandbox-client-secret",
                scopes: SmaregiCredentials.defaultScopes
            ),
            tokenBaseURL: sandbox.baseURL,
            apiBaseURL: sandbox.baseURL,
            retryPolicy: RetryPolicy(maxAttempts: 2, initialBackoff: .milliseconds(50), deadline: .seconds(10)),
            pacer: RequestPacer(),
            logger: Logger(label: "rakuten-sync.test.orders") { _ in SwiftLogNoOpLogHandler() }
        )
    }
}

enum OrderConversionSandboxError: Error {
    case unexpected(String)
}
