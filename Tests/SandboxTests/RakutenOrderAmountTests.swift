import Foundation
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// Amounts of orders placed as a shopper (rakuten-rms.md §3.3, §6).
struct RakutenOrderAmountTests {
    @Test func mixedRateOrderWithCouponAndPoints() async throws {
        try await withRouterSandbox { sandbox in
            // Given tea (1000 税別 8 %) × 3 and mug (2200 税込 10 %) × 1, postage 500, a 300 yen shop coupon, 100 points
            try await sandbox.seedCatalog()
            let number = try await sandbox.placeOrder(
                #"{"lines":[{"manageNumber":"tea","units":3},{"manageNumber":"mug","variantId":"red","units":1}],"postagePrice":500,"shopCouponPrice":300,"usedPoint":100}"#
            )
            let order = try await sandbox.order(number)
            // Then the order totals follow the mall's formulas
            #expect(order["goodsPrice"] as? Int == 5200)
            #expect(order["totalPrice"] as? Int == 5940)
            #expect(order["couponAllTotalPrice"] as? Int == 300)
            #expect(order["couponShopPrice"] as? Int == 300)
            #expect(order["couponOtherPrice"] as? Int == 0)
            #expect(order["requestPrice"] as? Int == 5540)
            #expect((order["PointModel"] as? [String: Any])?["usedPoint"] as? Int == 100)
            // And TaxSummary splits the coupon by rate (8 %: 3240/5440 of 300 = 179 with the remainder, 10 %: 121)
            let rows = try #require(order["TaxSummaryModelList"] as? [[String: Any]])
            #expect(rows.map { $0["taxRate"] as? Double } == [0.1, 0.08])
            #expect(rows.map { $0["totalPrice"] as? Int } == [2700, 3240])
            #expect(rows.map { $0["couponPrice"] as? Int } == [121, 179])
            #expect(rows.map { $0["reqPrice"] as? Int } == [2579, 3061])
            #expect(rows.map { $0["reqPriceTax"] as? Int } == [234, 227])
            #expect(rows.map { $0["point"] as? Int } == [0, 0])
            let requestPlusPoints = rows.compactMap { $0["reqPrice"] as? Int }.reduce(0, +)
            #expect(requestPlusPoints == 5540 + 100)
            // And the coupon is listed as a shop coupon
            let coupon = try #require((order["CouponModelList"] as? [[String: Any]])?.first)
            #expect(coupon["couponCapitalCode"] as? Int == 1)
            #expect(coupon["couponTotalPrice"] as? Int == 300)
        }
    }

    @Test func officialSampleArithmeticIsReproduced() async throws {
        // getOrder v9 sample: 1500 税別 10 %, postage 500, paid with 2150 points → priceTaxIncl 1650, total 2150,
        // requestPrice 0, TaxSummary {reqPrice 2150, reqPriceTax 195}.
        try await withRouterSandbox { sandbox in
            _ = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/items",
                json:
                    #"{"manageNumber":"22080313","itemNumber":"10000037","title":"サンプル商品１","price":1500,"includeTaxFlag":0,"taxRate":0.1,"inventory":3}"#
            )
            let number = try await sandbox.placeOrder(
                #"{"lines":[{"manageNumber":"22080313","units":1}],"postagePrice":500,"usedPoint":2150}"#
            )
            let order = try await sandbox.order(number)
            #expect(order["goodsPrice"] as? Int == 1500)
            #expect(order["totalPrice"] as? Int == 2150)
            #expect(order["requestPrice"] as? Int == 0)
            let row = try #require((order["TaxSummaryModelList"] as? [[String: Any]])?.first)
            #expect(row["reqPrice"] as? Int == 2150)
            #expect(row["reqPriceTax"] as? Int == 195)
            #expect(row["totalPrice"] as? Int == 2150)
        }
    }

    @Test(arguments: [("floor", 1098, 99), ("ceil", 1099, 100), ("round", 1099, 100)])
    func shopRoundingAppliesToPriceTaxInclAndReqPriceTax(_ rounding: String, _ priceTaxIncl: Int, _ tax: Int)
        async throws
    {
        try await withRouterSandbox { sandbox in
            // Given a shop rounding setting and a 税別 item of 999 yen at 10 % (1098.9 yen with tax)
            _ = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop",
                json: #"{"taxRounding":"\#(rounding)"}"#
            )
            _ = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/items",
                json: #"{"manageNumber":"pen","price":999,"includeTaxFlag":0,"taxRate":0.1,"inventory":3}"#
            )
            let number = try await sandbox.placeOrder(#"{"lines":[{"manageNumber":"pen","units":1}]}"#)
            let order = try await sandbox.order(number)
            let item = try #require(
                ((order["PackageModelList"] as? [[String: Any]])?.first?["ItemModelList"] as? [[String: Any]])?.first
            )
            #expect(item["priceTaxIncl"] as? Int == priceTaxIncl)
            #expect((order["TaxSummaryModelList"] as? [[String: Any]])?.first?["reqPriceTax"] as? Int == tax)
        }
    }

    @Test func orderLowersManagedStockAndCancelRestoresIt() async throws {
        try await withRouterSandbox { sandbox in
            // Given tea with 10 in stock and gift without stock management
            try await sandbox.seedCatalog()
            let number = try await sandbox.placeOrder(
                #"{"lines":[{"manageNumber":"tea","units":4},{"manageNumber":"gift","units":2}]}"#
            )
            let afterOrder = try await sandbox.control(.get, "/_sandbox/rakuten/shops/sandbox-shop/inventory/tea/Tea")
            #expect(afterOrder.object["quantity"] as? Int == 6)
            // When the order is cancelled with the item setting (restock on cancel)
            let cancelled = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/orders/\(number)/cancel"
            )
            #expect(cancelled.object["orderProgress"] as? Int == 900)
            // Then the stock is back
            let afterCancel = try await sandbox.control(.get, "/_sandbox/rakuten/shops/sandbox-shop/inventory/tea/Tea")
            #expect(afterCancel.object["quantity"] as? Int == 10)
        }
    }

    @Test func cannotOrderMoreThanTheStock() async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            let reply = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/orders",
                json: #"{"lines":[{"manageNumber":"mug","variantId":"Blue","units":1}]}"#
            )
            #expect(reply.status == 409)
        }
    }

    @Test func legacyOptionOrderHasThePreMigrationShape() async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            let number = try await sandbox.placeOrder(
                #"{"lines":[{"manageNumber":"shirt","legacyOptions":{"horizontal":"S","vertical":"白"},"units":1}]}"#
            )
            let order = try await sandbox.order(number)
            let item = try #require(
                ((order["PackageModelList"] as? [[String: Any]])?.first?["ItemModelList"] as? [[String: Any]])?.first
            )
            #expect(item["itemNumber"] as? String == "sh01sw")
            #expect(item["selectedChoice"] as? String == "サイズ:S カラー:白")
            #expect(item["inventoryType"] as? Int == 2)
            #expect((item["SkuModelList"] as? [[String: Any]])?.first?["variantId"] as? String == "")
            let stock = try await sandbox.control(.get, "/_sandbox/rakuten/shops/sandbox-shop/inventory/shirt/sw")
            #expect(stock.object["quantity"] as? Int == 3)
        }
    }

    @Test func severalPackagesGetTheirOwnBasketIds() async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            let number = try await sandbox.placeOrder(
                #"{"packages":[{"lines":[{"manageNumber":"tea","units":1}],"postagePrice":500},{"lines":[{"manageNumber":"gift","units":1}],"postagePrice":300,"sender":{"familyName":"山田","firstName":"花子"}}],"settlementMethodCode":2,"paymentCharge":330}"#
            )
            let order = try await sandbox.order(number)
            let packages = try #require(order["PackageModelList"] as? [[String: Any]])
            #expect(packages.count == 2)
            #expect(Set(packages.compactMap { $0["basketId"] as? Int }).count == 2)
            #expect(order["severalSenderFlag"] as? Int == 1)
            #expect(order["totalPrice"] as? Int == 1080 + 500 + 500 + 300)
            #expect(order["requestPrice"] as? Int == 2380 + 330)
            #expect((order["SettlementModel"] as? [String: Any])?["settlementMethod"] as? String == "代金引換")
        }
    }
}
