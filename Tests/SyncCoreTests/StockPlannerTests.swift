import SyncCore
import Testing

struct StockPlannerTests {
    struct QuantityCase: Sendable, CustomTestStringConvertible {
        var stock: Int?
        var pending: Int
        var safety: Int
        var expected: Int
        var testDescription: String {
            "stock \(stock.map(String.init) ?? "none") − \(pending) − \(safety) → \(expected)"
        }
    }

    @Test(arguments: [
        QuantityCase(stock: 10, pending: 0, safety: 0, expected: 10),
        QuantityCase(stock: 10, pending: 3, safety: 0, expected: 7),
        QuantityCase(stock: 10, pending: 3, safety: 2, expected: 5),
        QuantityCase(stock: 1, pending: 1, safety: 0, expected: 0),
        QuantityCase(stock: 2, pending: 5, safety: 0, expected: 0),
        QuantityCase(stock: -4, pending: 0, safety: 0, expected: 0),
        QuantityCase(stock: nil, pending: 0, safety: 0, expected: 0),
        QuantityCase(stock: 150_000, pending: 0, safety: 0, expected: 99_999),
        QuantityCase(stock: 100_005, pending: 3, safety: 2, expected: 99_999),
        QuantityCase(stock: 5, pending: -2, safety: -1, expected: 5),
    ])
    func quantityIsStockLessPendingLessSafetyClamped(_ row: QuantityCase) {
        #expect(
            StockPlanner.quantity(smaregiStock: row.stock, pending: row.pending, safetyStock: row.safety)
                == row.expected
        )
    }

    struct CapCase: Sendable, CustomTestStringConvertible {
        var stock: Int
        var pending: Int
        var safety = 0
        var lastPushed: Int?
        /// What Rakuten holds now; nil when it was not looked at.
        var rakuten: Int?
        /// The quantity pushed, nil when nothing is pushed.
        var push: Int?
        var testDescription: String {
            "stock \(stock) − \(pending) − \(safety), last \(lastPushed.map(String.init) ?? "none"), Rakuten "
                + "\(rakuten.map(String.init) ?? "not read") → \(push.map { "push \($0)" } ?? "nothing")"
        }
    }

    /// A capped SKU drifts when Rakuten sells from the cap (issue #12): what Rakuten holds decides, and the pushed
    /// figure still holds pending units and the safety stock back.
    @Test(arguments: [
        // Rakuten sold 15 from the cap, the order is in Smaregi (120,000 → 119,985): back to the cap
        CapCase(stock: 119_985, pending: 0, lastPushed: 99_999, rakuten: 99_984, push: 99_999),
        // the order is not imported yet: still far above the cap once its 15 units are held back
        CapCase(stock: 120_000, pending: 15, lastPushed: 99_999, rakuten: 99_984, push: 99_999),
        // close to the cap, the held-back units and the safety stock bring the figure below it
        CapCase(stock: 100_005, pending: 15, lastPushed: 99_999, rakuten: 99_984, push: 99_990),
        CapCase(stock: 100_005, pending: 15, safety: 10, lastPushed: 99_999, rakuten: 99_984, push: 99_980),
        // Smaregi fell to what Rakuten already shows: pushed (the normal rule), Rakuten ends where it is
        CapCase(stock: 99_984, pending: 0, lastPushed: 99_999, rakuten: 99_984, push: 99_984),
        // Rakuten still holds the cap, or was not read: nothing to send
        CapCase(stock: 150_000, pending: 0, lastPushed: 99_999, rakuten: 99_999, push: nil),
        CapCase(stock: 150_000, pending: 0, lastPushed: 99_999, rakuten: nil, push: nil),
        // Rakuten above the plan (Smaregi fell below the cap): the plan is pushed
        CapCase(stock: 99_000, pending: 0, lastPushed: 99_999, rakuten: 99_999, push: 99_000),
        // never pushed: pushed whatever Rakuten holds
        CapCase(stock: 150_000, pending: 0, lastPushed: nil, rakuten: 99_999, push: 99_999),
    ])
    func aCappedSKUIsPushedAgainWhenRakutenHoldsLessThanPlanned(_ row: CapCase) {
        let plan = StockPlanner.plan([
            StockCandidate(
                manageNumber: "mug",
                variantId: "red",
                productId: 1,
                smaregiStock: row.stock,
                pending: row.pending,
                safetyStock: row.safety,
                lastPushed: row.lastPushed,
                rakutenQuantity: row.rakuten
            )
        ])
        #expect(plan.pushes.map(\.quantity) == (row.push.map { [$0] } ?? []))
        #expect(plan.unchanged.count == (row.push == nil ? 1 : 0))
    }

    @Test(arguments: [(nil, false), (0, false), (99_998, false), (99_999, true)] as [(Int?, Bool)])
    func onlySKUsWhoseLastPushWasCappedAreReadBackFromRakuten(lastPushed: Int?, checked: Bool) {
        #expect(StockPlanner.needsRakutenCheck(lastPushed: lastPushed) == checked)
    }

    struct PushCase: Sendable, CustomTestStringConvertible {
        var stock: Int?
        var pending: Int
        var lastPushed: Int?
        var pushes: Bool
        var testDescription: String {
            "stock \(stock.map(String.init) ?? "none"), pending \(pending), last \(lastPushed.map(String.init) ?? "none") → push \(pushes)"
        }
    }

    @Test(arguments: [
        PushCase(stock: 5, pending: 0, lastPushed: nil, pushes: true),
        PushCase(stock: 5, pending: 0, lastPushed: 5, pushes: false),
        PushCase(stock: 5, pending: 1, lastPushed: 5, pushes: true),
        PushCase(stock: 4, pending: 0, lastPushed: 5, pushes: true),
        PushCase(stock: nil, pending: 0, lastPushed: nil, pushes: true),
        PushCase(stock: nil, pending: 0, lastPushed: 0, pushes: false),
        PushCase(stock: -3, pending: 0, lastPushed: 0, pushes: false),
    ])
    func pushesOnlyWhatDiffersFromTheLastPush(_ row: PushCase) {
        let plan = StockPlanner.plan([
            StockCandidate(
                manageNumber: "mug",
                variantId: "red",
                productId: 1,
                smaregiStock: row.stock,
                pending: row.pending,
                lastPushed: row.lastPushed
            )
        ])
        #expect(plan.pushes.count == (row.pushes ? 1 : 0))
        #expect(plan.unchanged.count == (row.pushes ? 0 : 1))
        #expect((plan.pushes + plan.unchanged).first?.smaregiStock == (row.stock ?? 0))
    }

    @Test func pendingUnitsAreHeldBackWhenSmaregisFigureChanges() {
        // Given the towel last pushed at 10, then 2 received in Smaregi (12) while 1 sold on Rakuten is not imported
        let plan = StockPlanner.plan([
            StockCandidate(
                manageNumber: "towel",
                variantId: "towel",
                productId: 1001,
                smaregiStock: 12,
                pending: 1,
                lastPushed: 10
            )
        ])
        // Then the push is 12 − 1 = 11, not Smaregi's 12 (the sold unit is not given back to Rakuten)
        #expect(plan.pushes.map(\.quantity) == [11])
        #expect(plan.unchanged.isEmpty)
    }

    @Test func negativeStockAfterPendingIsReported() {
        // Given one SKU whose pending units exceed the stock and one that is fine
        let plan = StockPlanner.plan([
            StockCandidate(manageNumber: "mug", variantId: "red", productId: 7, smaregiStock: 1, pending: 3),
            StockCandidate(manageNumber: "mug", variantId: "blue", productId: 8, smaregiStock: 4, pending: 3),
        ])
        // Then the first is pushed as 0 with a NEGATIVE_STOCK warning naming it
        #expect(plan.pushes.map(\.quantity) == [0, 1])
        #expect(plan.rows.map(\.code) == ["NEGATIVE_STOCK"])
        #expect(plan.rows.first?.rakutenSKU == "mug/red")
        #expect(plan.rows.first?.smaregiID == "7")
        #expect(plan.rows.first?.severity == .warning)
    }

    @Test(arguments: [
        ([Int?](), 0, 3),
        ([1], 2, 1),
        ([0, 2], 1, 2),
        ([nil, 1], 2, 1),
        ([nil], 0, 3),
        ([9], 0, 3),
        ([1, 1], 2, 1),
    ])
    func rejectedIndexesAreDroppedAndTheRestKept(_ indexes: [Int?], _ kept: Int, _ rejected: Int) {
        let batch = (0..<3).map {
            StockPush(manageNumber: "m", variantId: "v\($0)", productId: $0, quantity: $0, smaregiStock: $0, pending: 0)
        }
        let split = StockPlanner.split(batch, rejectedIndexes: indexes)
        #expect(split.kept.count == kept)
        #expect(split.rejected.count == rejected)
        #expect(Set((split.kept + split.rejected).map(\.variantId)) == ["v0", "v1", "v2"])
        for index in indexes.compactMap({ $0 }) where batch.indices.contains(index) {
            #expect(split.rejected.contains(batch[index]))
        }
    }
}
