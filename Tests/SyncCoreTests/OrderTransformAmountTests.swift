import Foundation
import SyncCore
import Testing

/// Amounts and tax of the transform: the 受注 total equals what Rakuten billed, to the yen, and tax is computed
/// once per rate with the store's rounding (issue #5 scenario 2, domain.md §4.3–4.5).
struct OrderTransformAmountTests {
    typealias F = OrderTransformFixtures

    /// Mixed 8 %/10 % with a shop coupon, a Rakuten coupon and points. Coupons split over rates by goods
    /// (10 %: 3,960, 8 %: 2,916): shop ¥300 → 173 / 127, Rakuten ¥200 → 116 / 84, so 10 % bills
    /// 3,960 + 550 − 289 = 4,221 and 8 % 2,916 − 211 = 2,705. 4,221 × 10/110 = 383.7; 2,705 × 8/108 = 200.4.
    @Test(arguments: [
        (TaxRounding.floor, 383, 200),
        (TaxRounding.ceil, 384, 201),
        (TaxRounding.round, 384, 200),
    ])
    func mixedRatesWithCouponsAndPointsTotalToTheYen(rounding: TaxRounding, tax10: Int, tax8: Int) throws {
        // Given the order with Rakuten's TaxSummary as the mall computes it with the same rounding
        let order = F.mixedRateOrder(taxSummary: [
            .init(rate: .standard, reqPrice: 4221, reqPriceTax: tax10, totalPrice: 4510, couponPrice: 289),
            .init(rate: .reduced, reqPrice: 2705, reqPriceTax: tax8, totalPrice: 2916, couponPrice: 211),
        ])
        let transform = OrderTransform(rounding: rounding, resolvers: F.resolvers(products: F.mixedRateProducts))

        // When
        let result = transform.transform(order)

        // Then the invoice-rule tax matches Rakuten's per rate, so there is no warning
        #expect(
            transform.computedTaxes(order) == [
                RateTax(rate: .standard, taxableAmount: 4221, tax: tax10),
                RateTax(rate: .reduced, taxableAmount: 2705, tax: tax8),
            ]
        )
        #expect(result.rows.isEmpty)
        let draft = try #require(result.draft)
        // and the total is Smaregi's formula: 6,876 + 550 − 300 (shop coupon) = 7,126 = 5,926 + 1,000 + 200
        #expect(draft.subtotal == 6876)
        #expect(draft.carriage == 550)
        #expect(draft.couponDiscount == 300)
        #expect(draft.total == 7126)
        #expect(draft.total == order.amounts.requestPrice + order.usedPoint + order.amounts.couponOtherPrice)
        #expect(
            draft.tenders == [
                .init(source: .settlement(code: 1, name: "クレジットカード"), paymentMethodID: 1, amount: 5926),
                .init(source: .points, paymentMethodID: 5, amount: 1000),
                .init(source: .rakutenCoupon, paymentMethodID: 6, amount: 200),
            ]
        )
        #expect(draft.tenders.reduce(0) { $0 + $1.amount } == draft.total)
        #expect(draft.taxSource == .rakuten)
        #expect(draft.taxes.map(\.tax) == [tax10, tax8])
        #expect(draft.destinations.flatMap(\.lines).map(\.unitPrice) == [1980, 1296, 540])
        #expect(draft.destinations.flatMap(\.lines).map(\.taxRate) == [.standard, .reduced, .reduced])
    }

    @Test func taxDifferenceFromRakutenIsAWarningShowingBothFigures() throws {
        // Given Rakuten rounded half up (384) and the store is configured to round down (383)
        let order = F.mixedRateOrder(taxSummary: [
            .init(rate: .standard, reqPrice: 4221, reqPriceTax: 384),
            .init(rate: .reduced, reqPrice: 2705, reqPriceTax: 200),
        ])
        let transform = OrderTransform(rounding: .floor, resolvers: F.resolvers(products: F.mixedRateProducts))

        // When
        let result = transform.transform(order)

        // Then the order still imports with Rakuten's figures, and one warning names both
        let draft = try #require(result.draft)
        #expect(
            draft.taxes == [
                RateTax(rate: .standard, taxableAmount: 4221, tax: 384),
                RateTax(rate: .reduced, taxableAmount: 2705, tax: 200),
            ]
        )
        let row = try #require(result.rows.first)
        #expect(result.codes == ["TAX_MISMATCH"])
        #expect(row.severity == .warning)
        #expect(row.messageJa.contains("税率10%"))
        #expect(row.messageJa.contains("税額383円") && row.messageJa.contains("税額384円"))
        #expect(row.messageEn.contains("tax ¥383") && row.messageEn.contains("tax ¥384"))
    }

    @Test func orderWithoutTaxSummarySendsTheComputedTaxes() throws {
        let transform = OrderTransform(rounding: .ceil, resolvers: F.resolvers(products: F.mixedRateProducts))
        let draft = try #require(transform.transform(F.mixedRateOrder()).draft)
        #expect(draft.taxSource == .computed)
        #expect(
            draft.taxes == [
                RateTax(rate: .standard, taxableAmount: 4221, tax: 384),
                RateTax(rate: .reduced, taxableAmount: 2705, tax: 201),
            ]
        )
    }

    @Test func itemCouponCountsAtItsLinesRate() {
        // Given a ¥100 shop coupon on the 8 % tea line only
        var order = F.mixedRateOrder()
        order.coupons = [F.shopCoupon(100, itemDetailId: 12)]
        order.amounts.couponAllTotalPrice = 100
        let transform = OrderTransform(rounding: .floor, resolvers: F.resolvers(products: F.mixedRateProducts))

        // Then it lowers only the 8 % amount: 10 % 3,960 + 550 = 4,510 → 410; 8 % 2,916 − 100 = 2,816 → 208
        #expect(transform.couponsByRate(order) == [.reduced: 100])
        #expect(
            transform.computedTaxes(order) == [
                RateTax(rate: .standard, taxableAmount: 4510, tax: 410),
                RateTax(rate: .reduced, taxableAmount: 2816, tax: 208),
            ]
        )
    }

    @Test func rakutensOwnCouponSplitIsUsedWhenItAccountsForEveryCoupon() {
        // Given a TaxSummary that splits the ¥500 of coupons 300 / 200 (our estimate would be 289 / 211)
        let order = F.mixedRateOrder(taxSummary: [
            .init(rate: .standard, reqPrice: 4210, reqPriceTax: 382, totalPrice: 4510, couponPrice: 300),
            .init(rate: .reduced, reqPrice: 2716, reqPriceTax: 201, totalPrice: 2916, couponPrice: 200),
        ])
        let transform = OrderTransform(rounding: .floor, resolvers: F.resolvers(products: F.mixedRateProducts))

        // Then the tax check follows Rakuten's split and finds nothing to report
        #expect(transform.couponsByRate(order) == [.standard: 300, .reduced: 200])
        #expect(transform.estimatedCouponsByRate(order) == [.standard: 289, .reduced: 211])
        #expect(transform.transform(order).rows.isEmpty)
    }

    @Test func couponMoneyTheListDoesNotExplainIsSplitOrderWide() {
        // Given couponAllTotalPrice ¥500 but only a ¥100 item coupon listed
        var order = F.mixedRateOrder()
        order.coupons = [F.shopCoupon(100, itemDetailId: 12)]
        let transform = OrderTransform(rounding: .floor, resolvers: F.resolvers(products: F.mixedRateProducts))

        // Then ¥400 is split by goods (10 %: 400 × 3960 / 6876 = 230.4 → 231 with the remainder, 8 %: 169)
        #expect(transform.couponsByRate(order) == [.standard: 231, .reduced: 269])
    }

    @Test func chargesAndWrappingAreInTheTotalAndTaxedAtTheirRates() throws {
        // Given a 代引 order: ¥3,300 goods, postage ¥600, 代引料 ¥330, payment charge ¥110, a 税別 ¥200 wrapping
        var order = F.order(
            packages: [F.package(1, postage: 600, delivery: 330, lines: [F.line(1, price: 3300)])],
            paymentCharge: 110,
            settlementCode: 2
        )
        order.wrappings = [
            RakutenOrder.Wrapping(title: 1, name: "包装紙", price: 200, includesTax: false, taxRate: .standard)
        ]
        order.amounts.totalPrice += 220
        order.amounts.requestPrice += 220
        let transform = OrderTransform(rounding: .floor, resolvers: F.resolvers())

        // When
        let draft = try #require(transform.transform(order).draft)

        // Then wrapping ¥220 incl., commission = 330 + 110, total 3,300 + 600 + 440 + 220 = 4,560 paid by 代引
        #expect(draft.giftWrapPrice == 220)
        #expect(draft.commission == 440)
        #expect(draft.total == 4560)
        #expect(draft.tenders.map(\.amount) == [4560])
        #expect(draft.tenders.map(\.paymentMethodID) == [2])
        #expect(draft.taxes == [RateTax(rate: .standard, taxableAmount: 4560, tax: 414)])
    }

    @Test(arguments: [1, -1, 100])
    func totalThatDiffersFromWhatRakutenBilledHoldsTheOrder(offset: Int) throws {
        // Given Rakuten bills a different amount than the lines and charges add up to
        var order = F.mixedRateOrder()
        order.amounts.requestPrice += offset
        let transform = OrderTransform(rounding: .floor, resolvers: F.resolvers(products: F.mixedRateProducts))

        // When
        let result = transform.transform(order)

        // Then nothing is loaded and the row shows both figures
        #expect(result.outcome == .held)
        #expect(result.codes == ["TOTAL_MISMATCH"])
        let row = try #require(result.rows.first)
        #expect(row.severity == .error)
        #expect(row.messageJa.contains("7126円") && row.messageJa.contains("\(7126 + offset)円"))
    }

    @Test func totalMismatchIsReportedWithMappingProblems() {
        // Given an unmapped line and a requestPrice one yen off
        var order = F.mixedRateOrder()
        order.amounts.requestPrice -= 1
        let transform = OrderTransform(rounding: .floor, resolvers: F.resolvers())

        // Then both problems show in the same run, and the draft total is the one every line gives
        #expect(transform.transform(order).codes == ["UNMAPPED_SKU", "UNMAPPED_SKU", "UNMAPPED_SKU", "TOTAL_MISMATCH"])
        #expect(transform.draftTotal(order) == 7126)
    }

    @Test(arguments: [
        (nil as Int?, nil as String?), (0, nil), (1, "午前中"), (2, "午後"), (9, "その他"), (708, "07:00-08:00"),
        (1416, "14:00-16:00"), (2324, "23:00-24:00"),
    ])
    func deliveryTimeZoneIsReadable(term: Int?, text: String?) {
        #expect(OrderTransform.deliveryTimeZone(term) == text)
    }
}

struct OrderTransformExplanationTests {
    @Test func explanationListsEveryFigureOfThe受注() throws {
        // Given the mixed-rate order transformed with 切り捨て
        let transform = OrderTransform(
            rounding: .floor,
            resolvers: OrderTransformFixtures.resolvers(products: OrderTransformFixtures.mixedRateProducts)
        )
        let draft = try #require(transform.transform(OrderTransformFixtures.mixedRateOrder()).draft)

        // When
        let text = draft.explanation

        // Then
        #expect(text.first == "受注 123456-20240624-00000001  注文日時 2024-06-24 13:40:33")
        #expect(text.contains("  商品ID 2003 商品13  ¥540 × 3  税率8%"))
        #expect(text.contains("支払 POINT 楽天ポイント → 支払方法ID 5  ¥1000"))
        #expect(text.contains("消費税 10%  対象 ¥4221  税額 ¥383 (計算)"))
        #expect(text.contains("消費税 8%  対象 ¥2705  税額 ¥200 (計算)"))
        #expect(text.last == "合計 ¥7126")
    }
}

struct OrderTransformStagingTests {
    @Test func draftRoundTripsThroughJSON() throws {
        // Given a draft with every part: two rates, three tenders, a customer and a destination
        let transform = OrderTransform(
            rounding: .round,
            resolvers: OrderTransformFixtures.resolvers(products: OrderTransformFixtures.mixedRateProducts)
        )
        let draft = try #require(transform.transform(OrderTransformFixtures.mixedRateOrder()).draft)

        // When it is staged and read back
        let data = try JSONEncoder().encode(draft)
        let decoded = try JSONDecoder().decode(SmaregiOrderDraft.self, from: data)

        // Then nothing is lost
        #expect(decoded == draft)
        #expect(decoded.tenders.map(\.source) == [.settlement(code: 1, name: "クレジットカード"), .points, .rakutenCoupon])
    }
}
