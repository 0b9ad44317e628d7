import Foundation
import SyncStore
import TestSupport
import Testing

struct OrderLedgerTests {
    let database: SyncDatabase
    let ledger: OrderLedger
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        database = try SyncDatabase.inMemory()
        try StoreRepository(database: database).add(StoreFixtures.makeStoreRecord(code: "main"), at: Date())
        ledger = OrderLedger(database: database)
    }

    func record(
        _ number: String,
        _ status: OrderLedgerRecord.Status,
        smaregiID: Int? = nil,
        placed: Date? = nil,
        units: [OrderLedgerRecord.Units] = []
    ) -> OrderLedgerRecord {
        OrderLedgerRecord(
            storeCode: "main",
            orderNumber: number,
            status: status,
            orderDate: placed ?? now,
            progress: 100,
            smaregiOrderID: smaregiID,
            destinations: [.init(number: 1, basketId: 11), .init(number: 2, basketId: 12)],
            firstSeenAt: now,
            updatedAt: now,
            checkedAt: now,
            loadedAt: smaregiID == nil ? nil : now,
            units: units
        )
    }

    @Test func savesAndReadsBackARowWithDestinationsAndUnits() throws {
        // Given a loading row with two destinations and units of an SKU line and a legacy line
        var row = record(
            "400001-20261128-00000001",
            .loading,
            units: [
                .init(manageNumber: "tshirt", variantId: "s-white", units: 2),
                .init(manageNumber: "shirt", variantId: "", itemNumber: "sh01sw", units: 1),
            ]
        )
        row.payloadHash = "00ff00ff00ff00ff"
        try ledger.save(row)
        // When it is marked loaded
        row.status = .loaded
        row.smaregiOrderID = 42
        row.loadedAt = now
        try ledger.save(row)
        // Then it reads back as written, units sorted
        let read = try #require(try ledger.record(store: "main", orderNumber: row.orderNumber))
        #expect(read.status == .loaded)
        #expect(read.smaregiOrderID == 42)
        #expect(read.payloadHash == "00ff00ff00ff00ff")
        #expect(read.destinations.map(\.basketId) == [11, 12])
        #expect(read.units.map(\.manageNumber) == ["shirt", "tshirt"])
        #expect(read.units.map(\.units) == [1, 2])
    }

    @Test func loadedRowNeedsASmaregiID() throws {
        #expect(throws: SyncStoreError.self) { try ledger.save(record("400001-20261128-00000002", .loaded)) }
    }

    @Test func unknownStoreIsRefused() throws {
        var row = record("400001-20261128-00000003", .pending)
        row.storeCode = "nope"
        #expect(throws: SyncStoreError.unknownStore(code: "nope")) { try ledger.save(row) }
    }

    @Test func recheckListsLoadedOrdersOfThePeriodLeastRecentlyReadFirst() throws {
        // Given three loaded orders, one placed 20 days ago, and one read more recently than the other
        try ledger.save([
            record("400001-20261128-00000020", .loaded, smaregiID: 1),
            record("400001-20261128-00000021", .loaded, smaregiID: 2),
            record("400001-20261128-00000022", .loaded, smaregiID: 3, placed: now.addingTimeInterval(-20 * 86_400)),
            record("400001-20261128-00000023", .held),
        ])
        try ledger.markChecked(
            store: "main",
            orderNumbers: ["400001-20261128-00000020"],
            at: now.addingTimeInterval(60)
        )
        // When asked for loaded orders placed in the last 14 days
        let due = try ledger.loadedForRecheck(
            store: "main",
            placedSince: now.addingTimeInterval(-14 * 86_400),
            limit: 10
        )
        // Then the old order is left out and the most recently read comes last
        #expect(due == ["400001-20261128-00000021", "400001-20261128-00000020"])
        #expect(try ledger.loadedForRecheck(store: "main", placedSince: .distantPast, limit: 1).count == 1)
        #expect(
            try ledger.loadedOrderNumbers(store: "main")
                == ["400001-20261128-00000020", "400001-20261128-00000021", "400001-20261128-00000022"]
        )
    }

    @Test func listsByStatusAndCounts() throws {
        try ledger.save([
            record("400001-20261128-00000030", .pending),
            record("400001-20261128-00000031", .held),
            record("400001-20261128-00000032", .loaded, smaregiID: 9),
        ])
        #expect(try ledger.list(store: "main", statuses: [.held]).map(\.orderNumber) == ["400001-20261128-00000031"])
        #expect(try ledger.orderNumbers(store: "main", statuses: [.pending, .held]).count == 2)
        #expect(try ledger.statusCounts(store: "main") == [.pending: 1, .held: 1, .loaded: 1])
        #expect(try ledger.list(store: "main", statuses: []).isEmpty)
    }
}
