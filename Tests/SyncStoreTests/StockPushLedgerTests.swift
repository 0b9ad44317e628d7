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

    /// Saves an order of the store in the order ledger with `units` of one SKU (`loadedAt` when loaded).
    func saveOrder(
        _ number: String,
        _ status: OrderLedgerRecord.Status,
        sku: OrderLedgerRecord.Units,
        loadedAt: Date? = nil,
        notices: Set<String> = []
    ) throws {
        try OrderLedger(database: database).save(
            OrderLedgerRecord(
                storeCode: "main",
                orderNumber: number,
                status: status,
                orderDate: now,
                progress: 100,
                smaregiOrderID: status == .loaded ? 7 : nil,
                notices: notices,
                firstSeenAt: now,
                updatedAt: now,
                checkedAt: now,
                loadedAt: status == .loaded ? loadedAt ?? now : nil,
                units: [sku]
            )
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

    @Test func pendingUnitsCountOnlyOrdersNotYetInSmaregi() throws {
        // Given the same SKU in a pending, a held, a loading, a loaded and a skipped order
        for (number, status, units) in [
            ("400001-20261128-00000010", OrderLedgerRecord.Status.pending, 1),
            ("400001-20261128-00000011", .held, 2),
            ("400001-20261128-00000012", .loading, 4),
            ("400001-20261128-00000013", .loaded, 8),
            ("400001-20261128-00000014", .skipped, 16),
        ] {
            try saveOrder(number, status, sku: .init(manageNumber: "towel", variantId: "towel", units: units))
        }
        // When the pending units are read without a Smaregi read in progress
        let pending = try ledger.pendingOrderUnits(store: "main")
        // Then only pending + held + loading count
        #expect(pending.values.flatMap { $0 }.map(\.units).reduce(0, +) == 7)
        #expect(pending.values.flatMap { $0 }.allSatisfy { $0.manageNumber == "towel" })
    }

    @Test func noticedUnitsAreTheLoadedOrdersCarryingTheWholeNotice() throws {
        // Given loaded orders with no notice, the change notice only, the cancellation with the change notice, and
        // a notice that merely starts like the cancellation's
        let cancelled = "ORDER_CANCELLED_AFTER_IMPORT"
        for (number, variant, notices) in [
            ("400001-20261128-00000020", "none", Set<String>()),
            ("400001-20261128-00000021", "changed", ["ORDER_CHANGED_AFTER_IMPORT"]),
            ("400001-20261128-00000022", "both", [cancelled, "ORDER_CHANGED_AFTER_IMPORT"]),
            ("400001-20261128-00000023", "prefix", ["ORDER_CANCELLED"]),
        ] {
            let sku = OrderLedgerRecord.Units(manageNumber: "tshirt", variantId: variant, units: 1)
            try saveOrder(number, .loaded, sku: sku, notices: notices)
        }
        // When the stock job asks for the orders cancelled after import
        let noticed = try ledger.noticedOrderUnits(store: "main", notice: cancelled, since: now.addingTimeInterval(-60))
        // Then only the order carrying that very notice is listed
        #expect(noticed.map(\.variantId) == ["both"])
        #expect(
            try OrderLedger(database: database).record(store: "main", orderNumber: "400001-20261128-00000022")?
                .noticeCodes
                == "ORDER_CANCELLED_AFTER_IMPORT,ORDER_CHANGED_AFTER_IMPORT"
        )
    }

    @Test(arguments: [(false, [String]()), (true, ["400001-20261128-00000003"])])
    func pendingUnitsAreUnloadedOrdersAndOrdersLoadedSinceTheRead(_ loadedAfterRead: Bool, _ extra: [String]) throws {
        // Given a pending, a held, a loaded, and a skipped order
        let loadedAt = loadedAfterRead ? now.addingTimeInterval(30) : now.addingTimeInterval(-30)
        for (number, status) in [
            ("400001-20261128-00000001", OrderLedgerRecord.Status.pending),
            ("400001-20261128-00000002", .held),
            ("400001-20261128-00000003", .loaded),
            ("400001-20261128-00000004", .skipped),
        ] {
            let sku = OrderLedgerRecord.Units(manageNumber: "tshirt", variantId: "s-white", units: 2)
            try saveOrder(number, status, sku: sku, loadedAt: loadedAt)
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
