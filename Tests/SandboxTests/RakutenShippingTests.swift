import Foundation
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// updateOrderShipping and the async pair (rakuten-rms.md §3.5–§3.7).
struct RakutenShippingTests {
    private func basketId(_ order: [String: Any]) throws -> Int {
        try #require((order["PackageModelList"] as? [[String: Any]])?.first?["basketId"] as? Int)
    }

    @Test(arguments: [
        (#""deliveryCompany":"佐川急便","shippingDate":"2026-11-28""#, "deliveryCompanyの書式が不正です。"),
        (#""deliveryCompany":"1002","shippingDate":"2026/11/28""#, "shippingDateの書式が不正です。"),
        (#""deliveryCompany":"9999""#, "deliveryCompanyの書式が不正です。"),
    ])
    func badRowsAreError011WithDataNumber(_ row: String, _ message: String) async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            let number = try await sandbox.placeOrder(#"{"lines":[{"manageNumber":"gift","units":1}]}"#)
            let basket = try basketId(try await sandbox.order(number))
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/updateOrderShipping/",
                json:
                    #"{"orderNumber":"\#(number)","BasketidModelList":[{"basketId":\#(basket),"ShippingModelList":[{"deliveryCompany":"1001","shippingNumber":"A1"},{\#(row)}]}]}"#
            )
            #expect(reply.status == 400)
            let messages = try #require(reply.object["MessageModelList"] as? [[String: Any]])
            #expect(messages.first?["messageCode"] as? String == "ORDER_EXT_API_UPDATE_ORDERSHIPPING_ERROR_011")
            #expect(messages.first?["message"] as? String == message)
            #expect(messages.first?["dataNumber"] as? Int == 2)
            #expect(try await sandbox.order(number)["orderProgress"] as? Int == 100)
        }
    }

    @Test func shippingAddsAndUpdatesRowsAndShipsTheOrder() async throws {
        try await withRouterSandbox { sandbox in
            // Given a confirmed order
            try await sandbox.seedCatalog()
            let number = try await sandbox.placeOrder(
                #"{"lines":[{"manageNumber":"gift","units":1}],"orderProgress":300}"#
            )
            let basket = try basketId(try await sandbox.order(number))
            // When two rows are added
            let added = try await sandbox.send(
                .post,
                "/es/2.0/order/updateOrderShipping/",
                json:
                    #"{"orderNumber":"\#(number)","BasketidModelList":[{"basketId":\#(basket),"ShippingModelList":[{"deliveryCompany":"1001","shippingNumber":"111","shippingDate":"2026-11-28"},{"deliveryCompany":"1003"}]}]}"#
            )
            // Then each row gets INFO_101 with its dataNumber and a new shippingDetailId
            #expect(added.status == 200)
            let messages = try #require(added.object["MessageModelList"] as? [[String: Any]])
            #expect(
                messages.map { $0["messageCode"] as? String }
                    == Array(repeating: "ORDER_EXT_API_UPDATE_ORDERSHIPPING_INFO_101", count: 2)
            )
            #expect(messages.map { $0["dataNumber"] as? Int } == [1, 2])
            let firstId = try #require(messages.first?["shippingDetailId"] as? Int)
            // And the order is shipped with the rows recorded
            let order = try await sandbox.order(number)
            #expect(order["orderProgress"] as? Int == 500)
            let rows = try #require(
                (order["PackageModelList"] as? [[String: Any]])?.first?["ShippingModelList"] as? [[String: Any]]
            )
            #expect(rows.first?["shippingNumber"] as? String == "111")
            #expect(rows.first?["deliveryCompany"] as? String == "1001")
            #expect(rows.first?["deliveryCompanyName"] as? String == "ヤマト運輸")
            #expect(rows.first?["shippingDate"] as? String == "2026-11-28")
            // When the first row is updated
            let updated = try await sandbox.send(
                .post,
                "/es/2.0/order/updateOrderShipping/",
                json:
                    #"{"orderNumber":"\#(number)","BasketidModelList":[{"basketId":\#(basket),"ShippingModelList":[{"shippingDetailId":\#(firstId),"shippingNumber":"222"}]}]}"#
            )
            #expect(updated.object.messageCodes == ["ORDER_EXT_API_UPDATE_ORDERSHIPPING_INFO_102"])
            let after = try await sandbox.order(number)
            let first =
                ((after["PackageModelList"] as? [[String: Any]])?.first?["ShippingModelList"] as? [[String: Any]])?
                .first
            #expect(first?["shippingNumber"] as? String == "222")
            #expect(first?["deliveryCompany"] as? String == "1001")
        }
    }

    @Test func cancelledOrderCannotBeShipped() async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            let number = try await sandbox.placeOrder(#"{"lines":[{"manageNumber":"gift","units":1}]}"#)
            let basket = try basketId(try await sandbox.order(number))
            _ = try await sandbox.control(.post, "/_sandbox/rakuten/shops/sandbox-shop/orders/\(number)/cancel")
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/updateOrderShipping/",
                json:
                    #"{"orderNumber":"\#(number)","BasketidModelList":[{"basketId":\#(basket),"ShippingModelList":[{"deliveryCompany":"1001"}]}]}"#
            )
            #expect(reply.status == 400)
            #expect(reply.object.messageCodes == ["ORDER_EXT_API_UPDATE_ORDERSHIPPING_ERROR_102"])
        }
    }

    @Test func moreThan20RowsPerBasketIsRejected() async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            let number = try await sandbox.placeOrder(#"{"lines":[{"manageNumber":"gift","units":1}]}"#)
            let basket = try basketId(try await sandbox.order(number))
            let rows = Array(repeating: #"{"deliveryCompany":"1001"}"#, count: 21).joined(separator: ",")
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/updateOrderShipping/",
                json:
                    #"{"orderNumber":"\#(number)","BasketidModelList":[{"basketId":\#(basket),"ShippingModelList":[\#(rows)]}]}"#
            )
            #expect(reply.status == 400)
            #expect(reply.object.messageCodes == ["ORDER_EXT_API_UPDATE_ORDERSHIPPING_ERROR_012"])
        }
    }

    @Test func asyncShippingHasResultsOnlyAfterTheDelay() async throws {
        try await withRouterSandbox(SandboxConfiguration(rateLimitsEnabled: false, asyncShippingDelay: 0.8)) {
            sandbox in
            // Given an order and a shipping request accepted asynchronously
            try await sandbox.seedCatalog()
            let number = try await sandbox.placeOrder(
                #"{"lines":[{"manageNumber":"gift","units":1}],"orderProgress":300}"#
            )
            let basket = try basketId(try await sandbox.order(number))
            let sent = ContinuousClock.now
            let accepted = try await sandbox.send(
                .post,
                "/es/2.0/order/updateOrderShippingAsync/",
                json:
                    #"{"OrderShippingModelList":[{"orderNumber":"\#(number)","BasketidModelList":[{"basketId":\#(basket),"ShippingModelList":[{"deliveryCompany":"1002","shippingNumber":"S1","shippingDate":"2026-11-28"}]}]}]}"#
            )
            #expect(accepted.status == 200)
            let message = try #require((accepted.object["MessageModelList"] as? [[String: Any]])?.first)
            #expect(message["messageCode"] as? String == "ORDER_EXT_API_UPDATE_ORDERSHIPPING_ASYNC_INFO_101")
            #expect(message["dataNumber"] is NSNull)
            let requestId = try #require(message["requestId"] as? String)
            #expect(
                requestId.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}_\d{14}/) != nil
            )
            // When asked at once, the result does not exist yet (same shape as an unknown id)
            let early = try await sandbox.send(
                .post,
                "/es/2.0/order/getResultUpdateOrderShippingAsync/",
                json: #"{"requestId":"\#(requestId)"}"#
            )
            let unknown = try await sandbox.send(
                .post,
                "/es/2.0/order/getResultUpdateOrderShippingAsync/",
                json: #"{"requestId":"nope"}"#
            )
            #expect(early.json as? NSDictionary == unknown.json as? NSDictionary)
            let noResult =
                ((early.object["ResultShippingModelList"] as? [[String: Any]])?.first?["MessageModelList"]
                as? [[String: Any]])?.first
            #expect(
                noResult?["messageCode"] as? String == "ORDER_EXT_API_GET_RESULT_UPDATEORDERSHIPPING_ASYNC_INFO_101"
            )
            #expect(try await sandbox.order(number)["orderProgress"] as? Int == 300)
            // Then after the delay (and not before it) the per-order result is there and the order is shipped
            let late = try await poll(timeout: .seconds(10)) {
                try await sandbox.send(
                    .post,
                    "/es/2.0/order/getResultUpdateOrderShippingAsync/",
                    json: #"{"requestId":"\#(requestId)"}"#
                )
            } until: { reply in
                (reply.object["ResultShippingModelList"] as? [[String: Any]])?.first?["orderNumber"] != nil
            }
            #expect(ContinuousClock.now - sent >= .milliseconds(800))
            let result = try #require((late.object["ResultShippingModelList"] as? [[String: Any]])?.first)
            #expect(result["orderNumber"] as? String == number)
            let row = (result["MessageModelList"] as? [[String: Any]])?.first
            #expect(row?["messageCode"] as? String == "ORDER_EXT_API_UPDATE_ORDERSHIPPING_INFO_101")
            #expect(row?["dataNumber"] as? Int == 1)
            #expect(row?["shippingDetailId"] as? Int != nil)
            #expect(try await sandbox.order(number)["orderProgress"] as? Int == 500)
        }
    }

    @Test func asyncShippingRejectsDuplicatesAndMoreThan100Orders() async throws {
        try await withRouterSandbox { sandbox in
            let one =
                #"{"orderNumber":"400001-20261101-00000001","BasketidModelList":[{"basketId":1,"ShippingModelList":[{"deliveryCompany":"1001"}]}]}"#
            let duplicate = try await sandbox.send(
                .post,
                "/es/2.0/order/updateOrderShippingAsync/",
                json: #"{"OrderShippingModelList":[\#(one),\#(one)]}"#
            )
            #expect(duplicate.status == 400)
            #expect(duplicate.object.messageCodes == ["ORDER_EXT_API_UPDATE_ORDERSHIPPING_ASYNC_ERROR_013"])
            let many = (1...101).map {
                #"{"orderNumber":"400001-20261101-\#(String(format: "%08d", $0))","BasketidModelList":[{"basketId":1,"ShippingModelList":[{"deliveryCompany":"1001"}]}]}"#
            }
            let tooMany = try await sandbox.send(
                .post,
                "/es/2.0/order/updateOrderShippingAsync/",
                json: #"{"OrderShippingModelList":[\#(many.joined(separator: ","))]}"#
            )
            #expect(tooMany.status == 400)
            #expect(tooMany.object.messageCodes == ["ORDER_EXT_API_UPDATE_ORDERSHIPPING_ASYNC_ERROR_012"])
        }
    }
}
