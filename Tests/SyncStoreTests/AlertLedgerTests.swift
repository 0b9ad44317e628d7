import Foundation
import SyncStore
import TestSupport
import Testing

struct AlertLedgerTests {
    private let day: TimeInterval = 24 * 3_600
    private let key = AlertKey(code: "UNMAPPED_SKU", recordKey: "sku-001")

    @Test func sameProblemIsMailedAgainOnlyAfterTheWindow() throws {
        // Given a problem mailed at the reference date
        let ledger = AlertLedger(database: try StoreFixtures.makeDatabase(withStores: ["shop-a"]))
        let sentAt = StoreFixtures.referenceDate
        #expect(try ledger.shouldSend(store: "shop-a", key: key, now: sentAt, window: day))
        try ledger.markSent(store: "shop-a", key: key, at: sentAt)

        // Then it is not due within 24 hours, and due again from 24 hours on
        #expect(try !ledger.shouldSend(store: "shop-a", key: key, now: sentAt.addingTimeInterval(60), window: day))
        #expect(try !ledger.shouldSend(store: "shop-a", key: key, now: sentAt.addingTimeInterval(day - 1), window: day))
        #expect(try ledger.shouldSend(store: "shop-a", key: key, now: sentAt.addingTimeInterval(day), window: day))
    }

    @Test func claimReturnsOnlyDueKeysAndRecordsThem() throws {
        // Given one key already mailed an hour ago
        let ledger = AlertLedger(database: try StoreFixtures.makeDatabase(withStores: ["shop-a", "shop-b"]))
        let now = StoreFixtures.referenceDate
        try ledger.markSent(store: "shop-a", key: key, at: now.addingTimeInterval(-3_600))
        let fresh = AlertKey(code: "UNMAPPED_SKU", recordKey: "sku-002")
        let otherCode = AlertKey(code: "PAYMENT_UNMAPPED", recordKey: "sku-001")

        // When a run claims it, a new key (listed twice) and the same record under another code
        let claimed = try ledger.claim(store: "shop-a", keys: [key, fresh, fresh, otherCode], now: now, window: day)

        // Then only the new ones are claimed, and a second claim gets nothing
        #expect(claimed == [fresh, otherCode])
        #expect(try ledger.claim(store: "shop-a", keys: [key, fresh, otherCode], now: now, window: day) == [])
        // And another store's identical problem is independent
        #expect(try ledger.claim(store: "shop-b", keys: [key], now: now, window: day) == [key])
        // And after the window everything is due again
        #expect(
            try ledger.claim(store: "shop-a", keys: [key, fresh], now: now.addingTimeInterval(day), window: day) == [
                key, fresh,
            ]
        )
    }

    @Test func purgeDropsOldEntries() throws {
        let ledger = AlertLedger(database: try StoreFixtures.makeDatabase(withStores: ["shop-a"]))
        let now = StoreFixtures.referenceDate
        try ledger.markSent(store: "shop-a", key: key, at: now.addingTimeInterval(-2 * day))
        let recent = AlertKey(code: "E", recordKey: "r")
        try ledger.markSent(store: "shop-a", key: recent, at: now)

        #expect(try ledger.purge(sentBefore: now.addingTimeInterval(-day)) == 1)
        #expect(try ledger.shouldSend(store: "shop-a", key: key, now: now, window: 7 * day))
        #expect(try !ledger.shouldSend(store: "shop-a", key: recent, now: now, window: day))
    }

    @Test func unknownStoreCannotRecordAlerts() throws {
        let ledger = AlertLedger(database: try StoreFixtures.makeInMemoryDatabase())

        #expect(throws: SyncStoreError.unknownStore(code: "ghost")) {
            try ledger.markSent(store: "ghost", key: key, at: Date())
        }
    }
}
