import Foundation
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// getOrder and confirmOrder contracts (rakuten-rms.md §3.3, §3.4).
struct RakutenGetOrderTests {
    @Test(arguments: [(100, 200), (101, 400)])
    func atMost100OrderNumbers(_ count: Int, _ status: Int) async throws {
        try await withRouterSandbox { sandbox in
            let numbers = (1...count).map { #""400001-20261101-\#(String(format: "%08d", $0))""# }.joined(
                separator: ","
            )
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":[\#(numbers)],"version":10}"#
            )
            #expect(reply.status == status)
            if status == 400 { #expect(reply.object.messageCodes == ["ORDER_EXT_API_GET_ORDER_ERROR_012"]) }
        }
    }

    @Test func missingVersionIsError009WithoutOrders() async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":["400001-20261101-00000001"]}"#
            )
            #expect(reply.status == 400)
            #expect(reply.object.messageCodes == ["ORDER_EXT_API_GET_ORDER_ERROR_009"])
            #expect(reply.object["OrderModelList"] is NSNull)
        }
    }

    @Test(arguments: [1, 2, 11])
    func unsupportedVersionsAreRejected(_ version: Int) async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":["400001-20261101-00000001"],"version":\#(version)}"#
            )
            #expect(reply.status == 400)
            #expect(reply.object.messageCodes == ["ORDER_EXT_API_GET_ORDER_ERROR_011"])
        }
    }

    @Test func unknownOrderIsInfo102InsideOK() async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":["400001-20261101-99999999"],"version":10}"#
            )
            #expect(reply.status == 200)
            let messages = try #require(reply.object["MessageModelList"] as? [[String: Any]])
            #expect(messages.count == 1)
            #expect(messages.first?["messageType"] as? String == "INFO")
            #expect(messages.first?["messageCode"] as? String == "ORDER_EXT_API_GET_ORDER_INFO_102")
            #expect(messages.first?["message"] as? String == "受注情報が取得できませんでした。")
            #expect(messages.first?["orderNumber"] as? String == "400001-20261101-99999999")
            #expect((reply.object["OrderModelList"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func placedOrderHasTheKeysAndTypesOfTheOfficialSample() async throws {
        let sampleData = try fixture("rakuten/getorder_v9_response_official_sample.json")
        try await withRouterSandbox { sandbox in
            let sample = try JSONSerialization.jsonObject(with: sampleData) as? [String: Any]
            let sampleOrder = try #require((sample?["OrderModelList"] as? [[String: Any]])?.first)
            try await sandbox.seedCatalog()
            let number = try await sandbox.placeOrder(
                #"{"lines":[{"manageNumber":"tea","units":1}],"postagePrice":500}"#
            )
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":["\#(number)"],"version":9}"#
            )
            #expect(reply.object["version"] as? Int == 9)
            #expect(reply.object.messageCodes == ["ORDER_EXT_API_GET_ORDER_INFO_101"])
            let order = try #require((reply.object["OrderModelList"] as? [[String: Any]])?.first)
            // Same keys at every level, same null-or-not for collections the sample has.
            #expect(Set(order.keys) == Set(sampleOrder.keys))
            let package = try #require((order["PackageModelList"] as? [[String: Any]])?.first)
            let samplePackage = try #require((sampleOrder["PackageModelList"] as? [[String: Any]])?.first)
            #expect(Set(package.keys) == Set(samplePackage.keys))
            let item = try #require((package["ItemModelList"] as? [[String: Any]])?.first)
            let sampleItem = try #require((samplePackage["ItemModelList"] as? [[String: Any]])?.first)
            #expect(Set(item.keys) == Set(sampleItem.keys))
            #expect(
                Set((order["TaxSummaryModelList"] as? [[String: Any]])?.first?.keys ?? [:].keys)
                    == Set((sampleOrder["TaxSummaryModelList"] as? [[String: Any]])?.first?.keys ?? [:].keys)
            )
            #expect(order["CouponModelList"] is NSNull)
            #expect(order["WrappingModel1"] is NSNull)
            #expect((order["ChangeReasonModelList"] as? [Any])?.isEmpty == true)
            #expect(order["orderNumber"] as? String == number)
            #expect((order["orderDatetime"] as? String)?.hasSuffix("+0900") == true)
            #expect((item["SkuModelList"] as? [[String: Any]])?.first?["variantId"] as? String == "Tea")
            // The official sample's arithmetic: 1000 税別 at 8 % → 1080; + 500 postage.
            #expect(item["priceTaxIncl"] as? Int == 1080)
            #expect(order["goodsPrice"] as? Int == 1000)
            #expect(order["totalPrice"] as? Int == 1580)
        }
    }

    @Test func confirmOrderReportsPerOrderOutcomes() async throws {
        try await withRouterSandbox { sandbox in
            // Given a new order, a confirmed order and a cancelled order
            try await sandbox.seedCatalog()
            let fresh = try await sandbox.placeOrder(#"{"lines":[{"manageNumber":"gift","units":1}]}"#)
            let moved = try await sandbox.placeOrder(
                #"{"lines":[{"manageNumber":"gift","units":1}],"orderProgress":300}"#
            )
            let cancelled = try await sandbox.placeOrder(#"{"lines":[{"manageNumber":"gift","units":1}]}"#)
            _ = try await sandbox.control(.post, "/_sandbox/rakuten/shops/sandbox-shop/orders/\(cancelled)/cancel")
            // When confirming all three
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/confirmOrder/",
                json: #"{"orderNumberList":["\#(fresh)","\#(moved)","\#(cancelled)"]}"#
            )
            // Then each gets its own message, and only the new one moves on
            #expect(reply.status == 200)
            #expect(
                reply.object.messageCodes == [
                    "ORDER_EXT_API_CONFIRM_ORDER_INFO_101", "ORDER_EXT_API_CONFIRM_ORDER_ERROR_103",
                    "ORDER_EXT_API_CONFIRM_ORDER_ERROR_102",
                ]
            )
            #expect(try await sandbox.order(fresh)["orderProgress"] as? Int == 300)
        }
    }

    @Test func changedOrderShowsMinus9999UntilFixed() async throws {
        try await withRouterSandbox { sandbox in
            // Given an order with postage 500
            try await sandbox.seedCatalog()
            let number = try await sandbox.placeOrder(
                #"{"lines":[{"manageNumber":"tea","units":2}],"postagePrice":500}"#
            )
            // When the shop changes it
            _ = try await sandbox.control(.post, "/_sandbox/rakuten/shops/sandbox-shop/orders/\(number)/change")
            let changed = try await sandbox.order(number)
            // Then the amounts are undetermined and the order waits in 400
            #expect(changed["orderProgress"] as? Int == 400)
            #expect(changed["totalPrice"] as? Int == -9999)
            #expect(changed["requestPrice"] as? Int == -9999)
            #expect((changed["TaxSummaryModelList"] as? [[String: Any]])?.first?["reqPrice"] as? Int == -9999)
            // And after fixing with postage 700 the amounts are recomputed
            let fixed = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/orders/\(number)/fix",
                json: #"{"postagePrice":700}"#
            )
            #expect(fixed.status == 200)
            let order = try await sandbox.order(number)
            #expect(order["orderProgress"] as? Int == 100)
            #expect(order["totalPrice"] as? Int == 2160 + 700)
            #expect(order["requestPrice"] as? Int == 2860)
        }
    }

    @Test func rawOrderModelIsServedAsGiven() async throws {
        let sample =
            try JSONSerialization.jsonObject(with: fixture("rakuten/getorder_v9_response_official_sample.json"))
            as? [String: Any]
        var order = try #require((sample?["OrderModelList"] as? [[String: Any]])?.first)
        order["orderNumber"] = "400001-20240624-01000238"
        order["orderDatetime"] = RMSDateText.orderDatetime(Date().addingTimeInterval(-3600))
        let body = String(decoding: try JSONSerialization.data(withJSONObject: order), as: UTF8.self)
        try await withRouterSandbox { sandbox in
            let order = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            let placed = try await sandbox.control(.post, "/_sandbox/rakuten/shops/sandbox-shop/orders/raw", json: body)
            #expect(placed.status == 201)
            // version 9 returns the model exactly as placed (version 10 would add the social-gift fields)
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":["400001-20240624-01000238"],"version":9}"#
            )
            let served = try #require((reply.object["OrderModelList"] as? [[String: Any]])?.first)
            #expect(NSDictionary(dictionary: served) == NSDictionary(dictionary: order))
            let v10 = try await sandbox.order("400001-20240624-01000238")
            #expect(v10["socialGiftFlag"] as? Int == 0)
        }
    }
}
