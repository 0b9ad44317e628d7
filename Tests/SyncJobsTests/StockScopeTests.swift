import Foundation
import SyncCore
import SyncStore
import Testing

@testable import SyncJobs

struct StockScopeTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func mapping(
        _ variant: String,
        product: Int = 1001,
        status: ProductMappingRecord.Status = .ok,
        safety: Int? = nil
    )
        -> ProductMappingRecord
    {
        ProductMappingRecord(
            storeCode: "main",
            key: .init(manageNumber: "mug", variantId: variant),
            smaregiProductID: product,
            resolvedProductID: status == .ok ? product : nil,
            status: status,
            reason: status == .error ? "スマレジ商品が見つかりません" : "",
            safetyStock: safety
        )
    }

    static func pushed(_ variant: String, product: Int = 1001, quantity: Int = 5, stock: Int = 5, pending: Int = 0)
        -> StockPushRecord
    {
        StockPushRecord(
            manageNumber: "mug",
            variantId: variant,
            productId: product,
            quantity: quantity,
            smaregiStock: stock,
            pending: pending,
            pushedAt: now,
            runID: 1
        )
    }

    static func scope(
        full: Bool = false,
        force: Bool = false,
        pushed: [StockPushRecord] = [],
        mappings: [ProductMappingRecord]
    )
        -> StockScope
    {
        var own: [String: Int] = [:]
        for mapping in mappings where mapping.safetyStock != nil {
            own[StockPendingOrders.key(mapping.key.manageNumber, mapping.key.variantId)] = mapping.safetyStock
        }
        return StockScope(
            full: full,
            forcePush: force,
            since: full ? nil : now,
            usable: mappings.filter { $0.status == .ok },
            errorMappings: mappings.filter { $0.status == .error },
            pushed: Dictionary(
                uniqueKeysWithValues: pushed.map { (StockPendingOrders.key($0.manageNumber, $0.variantId), $0) }
            ),
            storeSafety: 1,
            ownSafety: own
        )
    }

    struct SelectCase: Sendable, CustomTestStringConvertible {
        var name: String
        var pushed: StockPushRecord?
        var changed: Set<Int>
        var pending: Int
        var selected: Bool
        var testDescription: String { name }
    }

    @Test(arguments: [
        SelectCase(name: "never pushed", pushed: nil, changed: [], pending: 0, selected: true),
        SelectCase(name: "pushed, nothing changed", pushed: pushed("red"), changed: [], pending: 0, selected: false),
        SelectCase(name: "product changed", pushed: pushed("red"), changed: [1001], pending: 0, selected: true),
        SelectCase(name: "other product changed", pushed: pushed("red"), changed: [1002], pending: 0, selected: false),
        SelectCase(name: "pending now", pushed: pushed("red"), changed: [], pending: 1, selected: true),
        SelectCase(
            name: "pending at last push",
            pushed: pushed("red", pending: 2),
            changed: [],
            pending: 0,
            selected: true
        ),
        SelectCase(
            name: "re-pointed mapping",
            pushed: pushed("red", product: 2002),
            changed: [],
            pending: 0,
            selected: true
        ),
    ])
    func deltaRunsPlanWhatCanHaveMoved(_ row: SelectCase) {
        let scope = Self.scope(pushed: row.pushed.map { [$0] } ?? [], mappings: [Self.mapping("red")])
        let selected = scope.select(
            changedProducts: row.changed,
            pending: row.pending > 0 ? [StockPendingOrders.key("mug", "red"): row.pending] : [:]
        )
        #expect(selected.count == (row.selected ? 1 : 0))
    }

    @Test func fullRunsPlanEveryUsableMappingAndForceIgnoresTheLedger() {
        let mappings = [Self.mapping("red"), Self.mapping("blue", product: 1002), Self.mapping("bad", status: .error)]
        let pushed = [Self.pushed("red"), Self.pushed("blue", product: 1002, quantity: 3, stock: 3)]
        let full = Self.scope(full: true, force: true, pushed: pushed, mappings: mappings)
        let selected = full.select(changedProducts: [], pending: [:])
        #expect(selected.map(\.key.variantId) == ["red", "blue"])
        // A forced run has no last push to compare with; a missing row on a full read is 0 (not the ledger's 5)
        let candidates = full.candidates(selected, stock: [1002: 4], pending: [:])
        #expect(candidates.map(\.lastPushed) == [nil, nil])
        #expect(candidates.map(\.smaregiStock) == [nil, 4])
        #expect(StockPlanner.plan(candidates).pushes.map(\.quantity) == [0, 3])
    }

    @Test func deltaRunsReuseTheStockOfTheLastPushAndTheSafetyOfTheMapping() {
        let scope = Self.scope(
            pushed: [Self.pushed("red", quantity: 4, stock: 5)],
            mappings: [Self.mapping("red"), Self.mapping("green", product: 1003, safety: 3)]
        )
        let selected = scope.select(changedProducts: [], pending: [StockPendingOrders.key("mug", "red"): 2])
        #expect(selected.map(\.key.variantId) == ["red", "green"])
        #expect(scope.knownStock(selected[0], stock: [:]) == .some(5))
        #expect(scope.knownStock(selected[1], stock: [:]) == nil)
        let candidates = scope.candidates(
            selected,
            stock: [1003: 10],
            pending: [StockPendingOrders.key("mug", "red"): 2]
        )
        // red: 5 − 2 pending − 1 store safety; green: 10 − 3 own safety
        #expect(StockPlanner.plan(candidates).pushes.map(\.quantity) == [2, 7])
    }

    @Test func mappingsInErrorAreReportedWhenTheirProductMovesOrOnFullRuns() {
        let mappings = [Self.mapping("red"), Self.mapping("bad", product: 9999, status: .error)]
        #expect(Self.scope(mappings: mappings).errorRows(changedProducts: [1001]).isEmpty)
        let delta = Self.scope(mappings: mappings).errorRows(changedProducts: [9999])
        #expect(delta.map(\.code) == ["MAPPING_IN_ERROR"])
        #expect(delta.first?.rakutenSKU == "mug/bad")
        #expect(delta.first?.smaregiID == "9999")
        #expect(Self.scope(full: true, mappings: mappings).errorRows(changedProducts: []).count == 1)
    }

    @Test(arguments: [0.0, 1_795_000_000.25, 1_795_000_000.999])
    func watermarkRoundTripsToTheSecondOrBetter(_ seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let read = try #require(Watermark(text: Watermark(date: date).text)?.date)
        #expect(abs(read.timeIntervalSince(date)) < 1)
        #expect(read <= date)
    }
}
