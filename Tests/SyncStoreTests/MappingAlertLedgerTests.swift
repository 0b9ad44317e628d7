import Foundation
import TestSupport
import Testing

@testable import SyncStore

struct MappingAlertLedgerTests {
    @Test func keepQuietRefreshesOnlyMailedEntriesAndForgetDeletes() throws {
        // Given one problem mailed a day ago and one never mailed
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        let ledger = AlertLedger(database: database)
        let mailed = AlertKey(code: "RAKUTEN_SKU_NOT_FOUND", recordKey: "RAKUTEN_SKU_NOT_FOUND||mug/red|1")
        let fresh = AlertKey(code: "SMAREGI_PRODUCT_NOT_FOUND", recordKey: "SMAREGI_PRODUCT_NOT_FOUND||tea/tea|9")
        let dayAgo = StoreFixtures.referenceDate.addingTimeInterval(-86_400)
        try ledger.markSent(store: "shop-a", key: mailed, at: dayAgo)
        let repository = ProductMappingRepository(database: database)

        // When both are kept quiet now
        try repository.keepQuiet(
            store: "shop-a",
            keys: [(mailed.code, mailed.recordKey), (fresh.code, fresh.recordKey)],
            at: StoreFixtures.referenceDate
        )

        // Then the mailed one is not due for another day, and the never-mailed one is still due
        let window: TimeInterval = 86_400
        #expect(try !ledger.shouldSend(store: "shop-a", key: mailed, now: StoreFixtures.referenceDate, window: window))
        #expect(try ledger.shouldSend(store: "shop-a", key: fresh, now: StoreFixtures.referenceDate, window: window))

        // And forgetting the mailed one makes it due again at once
        try repository.forget(store: "shop-a", keys: [(mailed.code, mailed.recordKey)])
        #expect(try ledger.shouldSend(store: "shop-a", key: mailed, now: StoreFixtures.referenceDate, window: window))
    }
}
