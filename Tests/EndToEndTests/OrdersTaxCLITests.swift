import Foundation
import TestSupport
import Testing

/// Issue #5 scenario 2 through the job: mixed 8 %/10 % with a shop coupon, a Rakuten coupon and points, two
/// packages, under each rounding mode; the 受注's total is what Rakuten billed, to the yen, and its tax per rate
/// is Rakuten's TaxSummary.
struct OrdersTaxCLITests {
    static let mixedOrder = """
        {"packages":[
          {"lines":[{"manageNumber":"towel","units":2},{"manageNumber":"tea","units":3}],"postagePrice":550},
          {"lines":[{"manageNumber":"tshirt","variantId":"s-white","units":1}],"postagePrice":700,
           "sender":{"familyName":"楽天","firstName":"花子","prefecture":"大阪府"}}],
         "settlementMethodCode":1,"usedPoint":1000,"shopCouponPrice":300,"rakutenCouponPrice":200,
         "coupons":[{"couponCode":"TEA100","capitalCode":1,"price":100,"manageNumber":"tea"}]}
        """

    @Test(.timeLimit(.minutes(1)), arguments: ["floor", "ceil", "round"])
    func mixedRatesWithCouponsAndPointsTotalToTheYen(rounding: String) async throws {
        try await withSandboxServer { sandbox in
            // Given the shop and the store rounding with `rounding`, and the mixed order
            let scenario = try await OrdersScenario.make(sandbox)
            let shop = try await scenario.control(
                "POST",
                "/_sandbox/rakuten/shops/sandbox-shop",
                json: #"{"taxRounding":"\#(rounding)"}"#
            )
            #expect(shop.status == 200)
            try await scenario.cli(["store", "set", "main", "--tax-rounding", rounding])
            let number = try await scenario.place(Self.mixedOrder)
            let billed = try await scenario.control(
                "POST",
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":["\#(number)"],"version":10}"#
            )
            let model = try #require((billed.object["OrderModelList"] as? [[String: Any]])?.first)

            // When the job runs
            let run = try await scenario.orders()
            #expect(run.status == 0, "\(run.standardError)")

            // Then the 受注 totals what Rakuten billed and carries Rakuten's tax per rate, both destinations
            let order = try #require(try await scenario.smaregiOrders().first { $0.orderCode == number })
            let point = OrdersCLITests.int((model["PointModel"] as? [String: Any])?["usedPoint"]) ?? 0
            let billedTotal =
                (OrdersCLITests.int(model["requestPrice"]) ?? -1) + point
                + (OrdersCLITests.int(model["couponOtherPrice"]) ?? 0)
            #expect(order.total?.value == billedTotal)
            let summary = (model["TaxSummaryModelList"] as? [[String: Any]]) ?? []
            let rakutenTax = summary.map { OrdersCLITests.int($0["reqPriceTax"]) }
            let smaregiTax: [Int?] = order.taxes.map(\.tax.value)
            #expect(smaregiTax == rakutenTax)
            #expect(order.destinations.count == 2)
            #expect(try ReportFile.of(run).contains(code: "TAX_MISMATCH") == false)
        }
    }
}
