import Foundation
import SyncStore
import TestSupport
import Testing

struct StoreRepositoryTests {
    @Test func addedStoreReadsBackWithEveryField() throws {
        let stores = StoreRepository(database: try StoreFixtures.makeInMemoryDatabase())
        var store = StoreFixtures.makeStoreRecord(code: "shop-a", taxRounding: .floor, safetyStock: 3)
        store.alertEmails = ["ops@example.jp", "店長@example.jp"]
        store.rakutenAPIURL = "http://127.0.0.1:8080"

        let added = try stores.add(store, at: StoreFixtures.referenceDate)

        let found = try #require(try stores.find(code: "shop-a"))
        #expect(found == added)
        #expect(found.createdAt == StoreFixtures.referenceDate)
        #expect(found.updatedAt == StoreFixtures.referenceDate)
        #expect(found.alertEmails == ["ops@example.jp", "店長@example.jp"])
        #expect(found.taxRounding == .floor)
        #expect(found.safetyStock == 3)
        #expect(found.rakutenAPIURL == "http://127.0.0.1:8080")
        #expect(found.serviceSecret == store.serviceSecret)
        #expect(found.licenseExpiry == store.licenseExpiry)
    }

    @Test func minimalStoreGetsTheSchemaDefaults() throws {
        let stores = StoreRepository(database: try StoreFixtures.makeInMemoryDatabase())

        try stores.add(StoreRecord(code: "bare", name: "Bare"), at: Date())

        let found = try stores.get(code: "bare")
        #expect(found.rakutenAPIURL == "https://api.rms.rakuten.co.jp")
        #expect(found.smaregiTokenURL == "https://id.smaregi.jp")
        #expect(found.smaregiAPIURL == "https://api.smaregi.jp")
        #expect(found.taxRounding == .round)
        #expect(found.ordersEnabled == false)
        #expect(found.alertEmails == [])
        #expect(found.licenseExpiry == nil)
    }

    @Test func duplicateCodeIsRejected() throws {
        let stores = StoreRepository(database: try StoreFixtures.makeInMemoryDatabase())
        try stores.add(StoreFixtures.makeStoreRecord(code: "shop-a"), at: Date())

        #expect(throws: SyncStoreError.duplicateStoreCode(code: "shop-a")) {
            try stores.add(StoreFixtures.makeStoreRecord(code: "shop-a", name: "other"), at: Date())
        }
        #expect(try stores.count() == 1)
    }

    @Test func updateReplacesSettingsAndKeepsCreationTime() throws {
        // Given a store added at the reference date
        let stores = StoreRepository(database: try StoreFixtures.makeInMemoryDatabase())
        let added = try stores.add(StoreFixtures.makeStoreRecord(code: "shop-a"), at: StoreFixtures.referenceDate)
        let later = StoreFixtures.referenceDate.addingTimeInterval(3_600)

        // When its settings change an hour later
        var changed = added
        changed.stockEnabled = false
        changed.smaregiStockStoreID = "9"
        changed.licenseExpiry = nil
        changed.createdAt = later
        try stores.update(changed, at: later)

        // Then the new settings are stored, creation time kept, update time advanced
        let found = try stores.get(code: "shop-a")
        #expect(found.stockEnabled == false)
        #expect(found.smaregiStockStoreID == "9")
        #expect(found.licenseExpiry == nil)
        #expect(found.createdAt == StoreFixtures.referenceDate)
        #expect(found.updatedAt == later)
    }

    @Test func updatingAnUnknownStoreFails() throws {
        let stores = StoreRepository(database: try StoreFixtures.makeInMemoryDatabase())

        #expect(throws: SyncStoreError.unknownStore(code: "ghost")) {
            try stores.update(StoreFixtures.makeStoreRecord(code: "ghost"), at: Date())
        }
    }

    @Test func listIsSortedByCode() throws {
        let stores = StoreRepository(database: try StoreFixtures.makeInMemoryDatabase())
        for code in ["shop-c", "shop-a", "shop-b"] {
            try stores.add(StoreFixtures.makeStoreRecord(code: code), at: Date())
        }

        #expect(try stores.list().map(\.code) == ["shop-a", "shop-b", "shop-c"])
        #expect(try stores.count() == 3)
    }

    @Test func removeDeletesTheStoreAndItsLedgerButKeepsRuns() throws {
        // Given a store with a watermark, an alert and a run
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a", "shop-b"])
        let stores = StoreRepository(database: database)
        try WatermarkRepository(database: database).set(
            Watermark(date: StoreFixtures.referenceDate),
            job: "orders",
            store: "shop-a",
            at: StoreFixtures.referenceDate
        )
        try AlertLedger(database: database).markSent(
            store: "shop-a",
            key: AlertKey(code: "E1", recordKey: "1"),
            at: Date()
        )
        _ = try RunRepository(database: database).start(job: "orders", store: "shop-a", pid: 1, at: Date())

        // When it is removed
        try stores.remove(code: "shop-a")

        // Then it and its ledger rows are gone, its run history is not
        #expect(try stores.find(code: "shop-a") == nil)
        #expect(try stores.list().map(\.code) == ["shop-b"])
        #expect(try WatermarkRepository(database: database).watermark(job: "orders", store: "shop-a") == nil)
        #expect(try RunRepository(database: database).list(store: "shop-a").count == 1)
    }

    @Test func removingAnUnknownStoreFails() throws {
        let stores = StoreRepository(database: try StoreFixtures.makeInMemoryDatabase())

        #expect(throws: SyncStoreError.unknownStore(code: "ghost")) {
            try stores.remove(code: "ghost")
        }
        #expect(throws: SyncStoreError.unknownStore(code: "ghost")) {
            try stores.get(code: "ghost")
        }
    }

    /// `StoreRecord.TaxRounding` cannot name another rounding; the schema still refuses one that arrives as text
    /// (here a store file whose `tax_rounding` was edited by hand).
    @Test func invalidTaxRoundingIsRefusedByTheSchema() throws {
        let source = try StoreFixtures.makeInMemoryDatabase()
        try StoreRepository(database: source).add(StoreFixtures.makeStoreRecord(code: "shop-a"), at: Date())
        var snapshot = try StoreTransfer(database: source).snapshot(code: "shop-a", at: Date())
        let table = try #require(snapshot.tables.firstIndex { $0.table == "stores" })
        let column = try #require(snapshot.tables[table].columns.firstIndex(of: "tax_rounding"))
        snapshot.tables[table].rows[0][column] = .text("banker")
        let target = try StoreFixtures.makeInMemoryDatabase()
        let stores = StoreRepository(database: target)

        let error = #expect(throws: SyncStoreError.self) {
            try StoreTransfer(database: target).restore(snapshot)
        }
        guard case .databaseFailure = error else {
            Issue.record("expected a database failure, got \(String(describing: error))")
            return
        }
        #expect(try stores.count() == 0)
    }
}
