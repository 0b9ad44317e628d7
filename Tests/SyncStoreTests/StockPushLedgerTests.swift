import Foundation
import SyncStore
import TestSupport
import Testing

struct StockPushLedgerTests {
    let database: SyncDatabase
    let ledger: StockPushLedger
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        database = try SyncDatabase.inMemory()
        try StoreRepository(database: database).add(StoreFixtures.makeStoreRecord(code: "main"), at: Date())
        ledger = StockPushLedger(database: database)
    }

    func push(_ variant: String, quantity: Int, stock: Int = 5, pending: Int = 0, run: Int64 = 1) -> StockPushRecord {
        StockPushRecord(
            manageNumber: "tshirt",
            variantId: variant,
            productId: 1002,
            quantity: quantity,
            smaregiStock: stock,
            pending: pending,
            pushedAt: now,
            runID: run
        )
    }

    @Test func recordsAcceptedPushesAndOverwritesThemOnTheNextPush() throws {
        // Given two accepted pushes
        try ledger.recordPushed(store: "main", [push("s-white", quantity: 5), push("m-black", quantity: 0, stock: 0)])
        // When one is pushed again by a later run
        try ledger.recordPushed(store: "main", [push("s-white", quantity: 3, stock: 4, pending: 1, run: 2)])
        // Then each SKU has one row with the latest accepted values
        let rows = try ledger.all(store: "main")
        #expect(rows.map(\.variantId) == ["m-black", "s-white"])
        #expect(rows.map(\.quantity) == [0, 3])
        let white = try #require(try ledger.record(store: "main", manageNumber: "tshirt", variantId: "s-white"))
        #expect(white == push("s-white", quantity: 3, stock: 4, pending: 1, run: 2))
    }

    @Test func seenUpdatesStockAndPendingButNeverTheQuantityNorUnknownSKUs() throws {
        try ledger.recordPushed(store: "main", [push("s-white", quantity: 5)])
        // When a run saw stock 7 with 2 pending (quantity 5 unchanged), and an SKU never pushed
        try ledger.recordSeen(
            store: "main",
            [push("s-white", quantity: 99, stock: 7, pending: 2), push("l-red", quantity: 1)]
        )
        // Then the quantity stays what Rakuten accepted; no row appears for the unknown SKU
        let rows = try ledger.all(store: "main")
        #expect(rows.count == 1)
        #expect(rows.first?.quantity == 5)
        #expect(rows.first?.smaregiStock == 7)
        #expect(rows.first?.pending == 2)
    }

    @Test func forgetRemovesOnlyTheNamedSKUs() throws {
        try ledger.recordPushed(store: "main", [push("s-white", quantity: 5), push("m-black", quantity: 2)])
        try ledger.forget(store: "main", skus: [("tshirt", "m-black")])
        #expect(try ledger.all(store: "main").map(\.variantId) == ["s-white"])
    }

    @Test func quantityOutsideRakutensRangeIsRefused() throws {
        #expect(throws: (any Error).self) {
            try ledger.recordPushed(store: "main", [push("s-white", quantity: 100_000)])
        }
    }

    @Test(arguments: [(false, [String]()), (true, ["400001-20261128-00000003"])])
    func pendingUnitsAreUnloadedOrdersAndOrdersLoadedSinceTheRead(_ loadedAfterRead: Bool, _ extra: [String]) throws {
        // Given a pending, a held, a loaded, and a skipped order
        let orders = OrderLedger(database: database)
        let loadedAt = loadedAfterRead ? now.addingTimeInterval(30) : now.addingTimeInterval(-30)
        for (number, status) in [
            ("400001-20261128-00000001", OrderLedgerRecord.Status.pending),
            ("400001-20261128-00000002", .held),
            ("400001-20261128-00000003", .loaded),
            ("400001-20261128-00000004", .skipped),
        ] {
            try orders.save(
                OrderLedgerRecord(
                    storeCode: "main",
                    orderNumber: number,
                    status: status,
                    orderDate: now,
                    progress: 100,
                    smaregiOrderID: status == .loaded ? 7 : nil,
                    destinations: [],
                    firstSeenAt: now,
                    updatedAt: now,
                    checkedAt: now,
                    loadedAt: status == .loaded ? loadedAt : nil,
                    units: [.init(manageNumber: "tshirt", variantId: "s-white", units: 2)]
                )
            )
        }
        // When the stock job reads pending units with its Smaregi read starting at `now`
        let units = try ledger.pendingOrderUnits(store: "main", loadedSince: now)
        // Then pending and held count, skipped never, loaded only when loaded after the read began
        #expect(units.keys.sorted() == (["400001-20261128-00000001", "400001-20261128-00000002"] + extra).sorted())
        #expect(units.values.flatMap { $0 }.allSatisfy { $0.variantId == "s-white" && $0.units == 2 })
        #expect(
            try ledger.knownOrderNumbers(
                store: "main",
                among: ["400001-20261128-00000004", "400001-20261128-00000009"]
            ) == ["400001-20261128-00000004"]
        )
    }
}
