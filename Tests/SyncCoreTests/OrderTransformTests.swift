import Foundation
import SyncCore
import Testing

/// Decisions and mappings of the transform: skipped, pending and held orders with their report rows, and how
/// lines find their Smaregi products (issue #5 step 2).
struct OrderTransformTests {
    typealias F = OrderTransformFixtures

    static let mugOrder = F.order(packages: [F.package(1, postage: 500, lines: [F.line(1, price: 1650)])])

    @Test(arguments: [800, 900])
    func cancelledOrderIsSkippedWithAnInfoRow(progress: Int) throws {
        var order = Self.mugOrder
        order.progress = progress
        let result = OrderTransform(rounding: .round, resolvers: F.resolvers()).transform(order)
        #expect(result.outcome == .skipped)
        #expect(result.codes == ["ORDER_CANCELLED"])
        let row = try #require(result.rows.first)
        #expect(row.severity == .info)
        #expect(row.rakutenOrderNumber == order.orderNumber)
    }

    /// `-9999` anywhere an amount is read keeps the order pending (rakuten-rms.md §3.3).
    @Test(arguments: ["postage", "request", "package", "taxSummary", "line"])
    func undeterminedAmountWaits(where field: String) throws {
        // Given an otherwise importable order with one -9999 amount
        var order = Self.mugOrder
        let sentinel = RakutenOrder.undeterminedAmount
        switch field {
        case "postage": order.amounts.postagePrice = sentinel
        case "request": order.amounts.requestPrice = sentinel
        case "package": order.packages[0].deliveryPrice = sentinel
        case "taxSummary": order.taxSummary = [.init(rate: .standard, reqPrice: sentinel, reqPriceTax: sentinel)]
        default: order.packages[0].lines[0].priceTaxIncl = sentinel
        }

        // When
        let result = OrderTransform(rounding: .round, resolvers: F.resolvers()).transform(order)

        // Then it waits, and says what the merchant must do
        #expect(result.outcome == .pending)
        #expect(result.codes == ["AMOUNT_UNDETERMINED"])
        let row = try #require(result.rows.first)
        #expect(row.severity == .warning)
        #expect(row.messageJa.contains("金額未確定"))
    }

    @Test(arguments: [
        (100, OrderTransformResult.Outcome?.none, [String]()), (200, nil, []), (300, nil, []),
        (400, .pending, ["ORDER_CHANGE_PENDING"]), (500, .skipped, ["ORDER_PROGRESS_NOT_IMPORTED"]),
        (700, .skipped, ["ORDER_PROGRESS_NOT_IMPORTED"]),
    ])
    func progressDecidesWhetherToImport(progress: Int, outcome: OrderTransformResult.Outcome?, codes: [String]) {
        var order = Self.mugOrder
        order.progress = progress
        let result = OrderTransform(rounding: .round, resolvers: F.resolvers()).transform(order)
        if let outcome {
            #expect(result.outcome == outcome)
        } else {
            #expect(result.draft != nil)
        }
        #expect(result.codes == codes)
    }

    @Test func importableProgressIsConfigurable() {
        var order = Self.mugOrder
        order.progress = 500
        let transform = OrderTransform(rounding: .round, resolvers: F.resolvers(), importableProgress: [300, 500])
        #expect(transform.transform(order).draft != nil)
    }

    @Test func unmappedSKUHoldsTheOrderWithOneRowPerSKU() throws {
        // Given two lines of the same unmapped SKU and one mapped line
        let order = F.order(packages: [
            F.package(
                1,
                lines: [
                    F.line(1, manageNumber: "cup", variantId: "red", price: 1100),
                    F.line(2, price: 1650),
                    F.line(3, manageNumber: "cup", variantId: "red", price: 1100),
                ]
            )
        ])

        // When
        let result = OrderTransform(rounding: .round, resolvers: F.resolvers()).transform(order)

        // Then
        #expect(result.outcome == .held)
        #expect(result.codes == ["UNMAPPED_SKU"])
        let row = try #require(result.rows.first)
        #expect(row.severity == .error)
        #expect(row.rakutenSKU == "cup/red")
        #expect(row.rakutenOrderNumber == order.orderNumber)
        #expect(row.messageJa.contains("商品連携が未登録"))
        #expect(!row.action.isEmpty)
    }

    @Test func mappingInErrorHoldsTheOrderWithTheReason() throws {
        let resolvers = F.resolvers(products: [
            .sku(manageNumber: "mug", variantId: "mug"): .inError(reason: "スマレジ商品が見つかりません")
        ])
        let result = OrderTransform(rounding: .round, resolvers: resolvers).transform(Self.mugOrder)
        #expect(result.outcome == .held)
        #expect(result.codes == ["MAPPING_IN_ERROR"])
        let row = try #require(result.rows.first)
        #expect(row.rakutenSKU == "mug/mug")
        #expect(row.messageJa.contains("スマレジ商品が見つかりません"))
    }

    /// Each tender with an amount needs a payment mapping; the row names the method.
    @Test(arguments: [
        ("1", "1 クレジットカード"), ("POINT", "POINT 楽天ポイント"), ("COUPON", "COUPON 楽天クーポン（楽天負担）"),
    ])
    func unmappedPaymentHoldsTheOrder(missing: String, method: String) throws {
        // Given an order paid by card, points and a Rakuten coupon, one of them not mapped
        let order = F.order(
            packages: [F.package(1, postage: 500, lines: [F.line(1, price: 1650)])],
            coupons: [F.rakutenCoupon(150)],
            usedPoint: 300
        )
        var payments = ["1": 1, "POINT": 5, "COUPON": 6]
        payments[missing] = nil

        // When
        let result = OrderTransform(rounding: .round, resolvers: F.resolvers(payments: payments)).transform(order)

        // Then
        #expect(result.outcome == .held)
        #expect(result.codes == ["UNMAPPED_PAYMENT"])
        let row = try #require(result.rows.first)
        #expect(row.rakutenSKU == method)
        #expect(row.messageJa.contains("支払方法連携が未設定"))
    }

    @Test func methodsWithoutAnAmountNeedNoMapping() throws {
        // Given an order paid entirely with points, and no card mapping
        let order = F.order(packages: [F.package(1, postage: 500, lines: [F.line(1, price: 1650)])], usedPoint: 2150)

        // When
        let result = OrderTransform(rounding: .round, resolvers: F.resolvers(payments: ["POINT": 5])).transform(order)

        // Then points pay everything
        let draft = try #require(result.draft)
        #expect(draft.tenders == [.init(source: .points, paymentMethodID: 5, amount: 2150)])
        #expect(draft.total == 2150)
    }

    @Test func everyProblemIsReportedAtOnce() {
        let order = F.order(
            packages: [F.package(1, lines: [F.line(1, manageNumber: "cup", variantId: "red", price: 1100)])],
            usedPoint: 100
        )
        let result = OrderTransform(rounding: .round, resolvers: F.resolvers(payments: [:])).transform(order)
        #expect(result.outcome == .held)
        #expect(result.codes == ["UNMAPPED_SKU", "UNMAPPED_PAYMENT", "UNMAPPED_PAYMENT"])
    }

    @Test func everyPackageBecomesADestinationWithItsLines() throws {
        // Given two packages to two people, each with its own postage
        let home = OrderPerson(familyName: "楽天", firstName: "太郎", prefecture: "東京都")
        let parents = OrderPerson(familyName: "楽天", firstName: "花子", prefecture: "大阪府")
        let order = F.order(packages: [
            F.package(101, postage: 500, recipient: home, lines: [F.line(1, price: 1650)]),
            F.package(
                102,
                postage: 700,
                recipient: parents,
                lines: [
                    F.line(2, price: 1650, units: 2),
                    F.line(3, manageNumber: "tea", variantId: "tea", price: 1296, rate: .reduced),
                ]
            ),
        ])
        var products = F.mixedRateProducts
        products[.sku(manageNumber: "mug", variantId: "mug")] = .mapped(productID: 1001, productCode: "M-1")

        // When
        let result = OrderTransform(rounding: .round, resolvers: F.resolvers(products: products)).transform(order)

        // Then every destination keeps its person and its lines, and the postages add up
        let draft = try #require(result.draft)
        #expect(draft.destinations.map(\.basketId) == [101, 102])
        #expect(draft.destinations.map(\.recipient) == [home, parents])
        #expect(draft.destinations.map { $0.lines.map(\.rakutenItemDetailId) } == [[1], [2, 3]])
        #expect(
            draft.destinations.allSatisfy { $0.deliveryTimeZone == "14:00-16:00" && $0.deliveryDate == "2024-06-26" }
        )
        #expect(draft.carriage == 1200)
        #expect(draft.total == 1650 * 3 + 1296 + 1200)
        #expect(draft.tenders.map(\.amount) == [draft.total])
    }

    @Test func deletedLinesAndPackagesAreLeftOut() throws {
        var order = F.order(packages: [
            F.package(1, lines: [F.line(1, price: 1650), F.line(2, manageNumber: "gone", variantId: "x", price: 999)]),
            F.package(2, lines: [F.line(3, manageNumber: "gone", variantId: "y", price: 999)]),
        ])
        order.packages[0].lines[1].isDeleted = true
        order.packages[1].isDeleted = true
        order.amounts.totalPrice = 1650
        order.amounts.requestPrice = 1650
        let draft = try #require(OrderTransform(rounding: .round, resolvers: F.resolvers()).transform(order).draft)
        #expect(draft.destinations.map(\.basketId) == [1])
        #expect(draft.total == 1650)
    }

    @Test func memoIsTheRemarksWithoutBlankLines() throws {
        let draft = try #require(
            OrderTransform(rounding: .round, resolvers: F.resolvers()).transform(Self.mugOrder).draft
        )
        #expect(draft.memo == "[配送日時指定:]\n2024-06-26(水)")
        #expect(draft.orderCode == Self.mugOrder.orderNumber)
        #expect(draft.orderDate == F.orderDate)
    }
}
