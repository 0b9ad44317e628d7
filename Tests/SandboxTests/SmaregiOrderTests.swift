import Foundation
import HTTPTypes
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// A 受注 body: store 3 (楽天市場店), two destinations (1001 × 2 at ¥1100 10 %; 1003 × 1 at ¥540 8 %), carriage 500,
/// commission 330, points 100, coupon 200 → total 3270 by the documented formula (smaregi.md §5).
func smaregiOrderJSON(
    code: String = "123456-20261128-0000000001",
    total: Int = 3270,
    storeId: String = "3",
    fees: String = #""carriage":500,"commission":330,"totalPointDiscount":100,"totalCouponDiscount":200"#,
    payments: String = #"[{"paymentMethodId":"2","amount":3270}]"#,
    firstProduct: String = "1001"
) -> String {
    """
    {"orderCode":"\(code)","orderDateTime":"2026-11-28T10:15:00+09:00","storeId":"\(storeId)",
     "customer":{"lastName":"楽天","firstName":"太郎","zipCode":"1000001","mailAddress":"taro@example.invalid"},
     \(fees),"total":\(total),
     "taxes":[{"taxRate":10,"taxableAmount":2200,"tax":200},{"taxRate":8,"taxableAmount":540,"tax":40}],
     "payments":\(payments),
     "destinations":[
      {"recipient":{"lastName":"楽天","firstName":"花子","prefecture":"東京都"},"deliveryDate":"2026-12-01",
       "details":[{"productId":"\(firstProduct)","price":1100,"quantity":2,"taxRate":10}]},
      {"recipient":{"lastName":"楽天","firstName":"次郎"},
       "details":[{"productId":"1003","productCode":"4900000000035","productName":"煎茶","price":540,"quantity":1,"taxRate":8}]}]}
    """
}

/// 受注管理 contract: 受注登録 validation, stock allocation, reads, and the warehouse's actions (smaregi.md §5 and
/// docs/api-assumptions-smaregi.md).
struct SmaregiOrderTests {
    /// Seeds products and 10 of 1001 / 1003 in the warehouse (store 2), then registers the default order.
    func createDefaultOrder(_ sandbox: SmaregiRouterSandbox, token: String) async throws -> [String: Any] {
        try await sandbox.seedProducts()
        _ = try await sandbox.control(.put, "/stock", json: #"{"storeId":"2","productId":"1001","stockAmount":10}"#)
        _ = try await sandbox.control(.put, "/stock", json: #"{"storeId":"2","productId":"1003","stockAmount":10}"#)
        let reply = try await sandbox.send(
            .post,
            "/sb_sandbox01/order-shipment/orders",
            json: smaregiOrderJSON(),
            bearer: token
        )
        guard reply.status == 200 else { throw SmaregiTestError.unexpected(reply.text) }
        return reply.object
    }

    @Test func registeringAnOrderAllocatesStockAtTheStockStore() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            let order = try await createDefaultOrder(sandbox, token: token)
            #expect(order["orderHeadId"] as? String == "1")
            #expect(order["status"] as? String == "accepted")
            #expect(order["total"] as? Int == 3270)
            #expect(order["subtotal"] as? Int == 2740)
            #expect(order["stockStoreId"] as? String == "2")
            #expect((order["destinations"] as? [[String: Any]])?.count == 2)
            #expect(try await sandbox.stockAmount(store: 2, product: 1001) == 8)
            #expect(try await sandbox.stockAmount(store: 2, product: 1003) == 9)
            #expect(try await sandbox.stockAmount(store: 1, product: 1001) == nil)
            let changes = try await sandbox.state()["stockChanges"] as? [[String: Any]] ?? []
            let allocations = changes.filter { $0["stockDivision"] as? String == "18" }
            #expect(allocations.compactMap { $0["amount"] as? String } == ["-2", "-1"])
        }
    }

    @Test(arguments: [
        (3271, #""carriage":500,"commission":330,"totalPointDiscount":100,"totalCouponDiscount":200"#, "3270"),
        (2740, #""carriage":500"#, "3240"),
        (2740, #""giftWrapPrice":300,"taxExclude":10,"subtotalCouponDiscount":50,"totalPromotionDiscount":60"#, "2940"),
    ])
    func totalMustMatchTheDocumentedFormula(total: Int, fees: String, expected: String) async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let reply = try await sandbox.send(
                .post,
                "/sb_sandbox01/order-shipment/orders",
                json: smaregiOrderJSON(total: total, fees: fees, payments: "[]"),
                bearer: token
            )
            #expect(reply.status == 400)
            let detail = try #require(reply.object["detail"] as? String)
            #expect(detail.contains("[\(total)]"))
            #expect(detail.contains("[\(expected)]"))
            #expect(try await sandbox.stockAmount(store: 2, product: 1001) == nil)
        }
    }

    @Test func duplicateOrderCodeIsRejectedNamingIt() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            _ = try await createDefaultOrder(sandbox, token: token)
            let again = try await sandbox.send(
                .post,
                "/sb_sandbox01/order-shipment/orders",
                json: smaregiOrderJSON(),
                bearer: token
            )
            #expect(again.status == 400)
            #expect((again.object["detail"] as? String)?.contains("123456-20261128-0000000001") == true)
            #expect(try await sandbox.stockAmount(store: 2, product: 1001) == 8)
        }
    }

    @Test func duplicateOrderCodesAreAcceptedWhenTheContractSaysSo() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            #expect(try await sandbox.state()["rejectDuplicateOrderCodes"] as? Bool == true)
            _ = try await createDefaultOrder(sandbox, token: token)
            _ = try await sandbox.control(.put, "/settings", json: #"{"rejectDuplicateOrderCodes":false}"#)
            #expect(try await sandbox.state()["rejectDuplicateOrderCodes"] as? Bool == false)
            let again = try await sandbox.send(
                .post,
                "/sb_sandbox01/order-shipment/orders",
                json: smaregiOrderJSON(),
                bearer: token
            )
            #expect(again.status == 200, "\(again.text)")
            #expect(again.object["orderHeadId"] as? String == "2")
            let listed = try await sandbox.send(
                .get,
                "/sb_sandbox01/order-shipment/orders?order_code=123456-20261128-0000000001",
                bearer: token
            )
            #expect((listed.json as? [Any])?.count == 2, "\(listed.text)")
            #expect(try await sandbox.stockAmount(store: 2, product: 1001) == 6)
        }
    }

    @Test(arguments: ["", String(repeating: "A", count: 51), "楽天-1", "tab\\tcode"])
    func orderCodeMustBe1To50PrintableASCII(code: String) async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let reply = try await sandbox.send(
                .post,
                "/sb_sandbox01/order-shipment/orders",
                json: smaregiOrderJSON(code: code),
                bearer: token
            )
            #expect(reply.status == 400)
            #expect((reply.object["detail"] as? String)?.contains("orderCode") == true)
        }
    }

    @Test func fiftyCharacterOrderCodeIsAccepted() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let code = String(repeating: "~", count: 50)
            let reply = try await sandbox.send(
                .post,
                "/sb_sandbox01/order-shipment/orders",
                json: smaregiOrderJSON(code: code),
                bearer: token
            )
            #expect(reply.status == 200)
            #expect(reply.object["orderCode"] as? String == code)
        }
    }

    @Test(arguments: [
        (smaregiOrderJSON(firstProduct: "9999"), "9999"),
        (smaregiOrderJSON(storeId: "1"), "店舗"),
        (smaregiOrderJSON(payments: #"[{"paymentMethodId":"2","amount":3000}]"#), "3000"),
        (smaregiOrderJSON(payments: #"[{"paymentMethodId":"99","amount":3270}]"#), "99"),
        (smaregiOrderJSON().replacingOccurrences(of: #""total":3270"#, with: #""total":"3270""#), "total"),
        (
            smaregiOrderJSON().replacingOccurrences(of: #""orderDateTime":"2026-11-28T10:15:00+09:00","#, with: ""),
            "orderDateTime"
        ),
    ])
    func invalidOrdersAreRejected(body: String, detail: String) async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let reply = try await sandbox.send(.post, "/sb_sandbox01/order-shipment/orders", json: body, bearer: token)
            #expect(reply.status == 400)
            #expect((reply.object["detail"] as? String)?.contains(detail) == true)
            #expect(reply.object["title"] as? String == "Bad Request")
        }
    }

    @Test func ordersCanBeReadByIdAndFilteredByCodeStatusAndPage() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            _ = try await createDefaultOrder(sandbox, token: token)
            for index in 2...3 {
                let reply = try await sandbox.send(
                    .post,
                    "/sb_sandbox01/order-shipment/orders",
                    json: smaregiOrderJSON(code: "ORDER-\(index)"),
                    bearer: token
                )
                #expect(reply.status == 200)
            }
            let one = try await sandbox.send(.get, "/sb_sandbox01/order-shipment/orders/2", bearer: token)
            #expect(one.object["orderCode"] as? String == "ORDER-2")
            let missing = try await sandbox.send(.get, "/sb_sandbox01/order-shipment/orders/42", bearer: token)
            #expect(missing.status == 404)
            let byCode = try await sandbox.send(
                .get,
                "/sb_sandbox01/order-shipment/orders?order_code=ORDER-3",
                bearer: token
            )
            #expect((byCode.json as? [[String: Any]])?.compactMap { $0["orderHeadId"] as? String } == ["3"])
            let page = try await sandbox.send(
                .get,
                "/sb_sandbox01/order-shipment/orders?limit=2&status=accepted",
                bearer: token
            )
            #expect((page.json as? [Any])?.count == 2)
            #expect(page.headers[HTTPField.Name("Link")!]?.contains("page=2") == true)
            let badStatus = try await sandbox.send(
                .get,
                "/sb_sandbox01/order-shipment/orders?status=done",
                bearer: token
            )
            #expect(badStatus.status == 400)
        }
    }

    @Test func shippingAsTheWarehouseIsVisibleThroughGet() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            let created = try await createDefaultOrder(sandbox, token: token)
            let since = Date().addingTimeInterval(-1)
            // When the warehouse ships destination 1 only
            _ = try await sandbox.control(
                .post,
                "/orders/1/ship",
                json:
                    #"{"carrierName":"ヤマト運輸","trackingNumber":"1234-5678-9012","shipDate":"2026-11-29","destinationNo":1}"#
            )
            let partial = try await sandbox.send(.get, "/sb_sandbox01/order-shipment/orders/1", bearer: token)
            // Then the order is still accepted with one shipment for destination 1
            #expect(partial.object["status"] as? String == "accepted")
            let shipments = try #require(partial.object["shipments"] as? [[String: Any]])
            #expect(shipments.count == 1)
            #expect(shipments.first?["carrierName"] as? String == "ヤマト運輸")
            #expect(shipments.first?["trackingNumber"] as? String == "1234-5678-9012")
            #expect(shipments.first?["shipDate"] as? String == "2026-11-29")
            #expect(shipments.first?["destinationNo"] as? Int == 1)
            #expect((partial.object["updDateTime"] as? String) != nil)
            // When the rest ships
            _ = try await sandbox.control(
                .post,
                "/orders/1/ship",
                json: #"{"carrierName":"佐川急便","trackingNumber":"5555"}"#
            )
            let window =
                "upd_date_time-from=\(smaregiQueryDate(since))&upd_date_time-to=\(smaregiQueryDate(Date().addingTimeInterval(5)))"
            let shipped = try await sandbox.send(
                .get,
                "/sb_sandbox01/order-shipment/orders?status=shipped&\(window)",
                bearer: token
            )
            let orders = try #require(shipped.json as? [[String: Any]])
            #expect(orders.count == 1)
            #expect(orders.first?["status"] as? String == "shipped")
            #expect((orders.first?["shipments"] as? [Any])?.count == 2)
            #expect(created["shipments"] as? [Any] != nil)
            // And stock was not moved again by shipping
            #expect(try await sandbox.stockAmount(store: 2, product: 1001) == 8)
        }
    }

    @Test func splittingMovesQuantitiesIntoAChildWithTheSameOrderCode() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            _ = try await createDefaultOrder(sandbox, token: token)
            let split = try await sandbox.control(
                .post,
                "/orders/1/split",
                json: #"{"lines":[{"destinationNo":1,"detailNo":1,"quantity":1}]}"#
            )
            let child = try #require(split.object["child"] as? [String: Any])
            #expect(child["orderHeadId"] as? String == "2")
            #expect(child["parentOrderHeadId"] as? String == "1")
            #expect(child["splitFlag"] as? Bool == true)
            #expect(child["total"] as? Int == 1100)
            let both = try await sandbox.send(
                .get,
                "/sb_sandbox01/order-shipment/orders?order_code=123456-20261128-0000000001",
                bearer: token
            )
            let orders = try #require(both.json as? [[String: Any]])
            #expect(orders.compactMap { $0["orderHeadId"] as? String } == ["1", "2"])
            #expect(orders.first?["total"] as? Int == 2170)
            #expect(orders.first?["splitFlag"] as? Bool == true)
            let parentLines = (orders.first?["destinations"] as? [[String: Any]])?.first?["details"] as? [[String: Any]]
            #expect(parentLines?.first?["quantity"] as? Int == 1)
            #expect(try await sandbox.stockAmount(store: 2, product: 1001) == 8)
        }
    }

    @Test func cancellingReleasesTheAllocationAndShippedOrdersCannotBeCancelled() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            _ = try await createDefaultOrder(sandbox, token: token)
            let cancel = try await sandbox.send(
                .post,
                "/sb_sandbox01/order-shipment/orders/1/cancel",
                json: "{}",
                bearer: token
            )
            #expect(cancel.status == 200)
            #expect(cancel.object["status"] as? String == "canceled")
            #expect(cancel.object["cancelDateTime"] is String)
            #expect(try await sandbox.stockAmount(store: 2, product: 1001) == 10)
            let again = try await sandbox.send(
                .post,
                "/sb_sandbox01/order-shipment/orders/1/cancel",
                json: "{}",
                bearer: token
            )
            #expect(again.status == 400)
            let second = try await sandbox.send(
                .post,
                "/sb_sandbox01/order-shipment/orders",
                json: smaregiOrderJSON(code: "B-2"),
                bearer: token
            )
            #expect(second.status == 200)
            _ = try await sandbox.control(.post, "/orders/2/ship", json: #"{"carrierName":"日本郵便"}"#)
            let shipped = try await sandbox.send(
                .post,
                "/sb_sandbox01/order-shipment/orders/2/cancel",
                json: "{}",
                bearer: token
            )
            #expect(shipped.status == 400)
            #expect(try await sandbox.stockAmount(store: 2, product: 1001) == 8)
        }
    }
}
