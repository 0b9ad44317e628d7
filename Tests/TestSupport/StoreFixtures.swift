import Foundation
import SyncStore

/// Builders for SyncStore-backed tests: databases, store records and scratch folders.
package enum StoreFixtures {
    /// A fixed instant (2026-11-28T00:00:00Z) for tests that compare stored dates.
    package static let referenceDate = Date(timeIntervalSince1970: 1_795_824_000)

    /// A fresh in-memory database with the full schema.
    package static func makeInMemoryDatabase() throws -> SyncDatabase {
        try SyncDatabase.inMemory()
    }

    /// An in-memory database that already holds the given stores.
    package static func makeDatabase(withStores codes: [String]) throws -> SyncDatabase {
        let database = try SyncDatabase.inMemory()
        let stores = StoreRepository(database: database)
        for code in codes {
            try stores.add(makeStoreRecord(code: code), at: referenceDate)
        }
        return database
    }

    /// A fully filled-in store pointing at the real services, with obviously fake secrets.
    package static func makeStoreRecord(
        code: String = "shop-a",
        name: String? = nil,
        rakutenAPIURL: String = StoreRecord.defaultRakutenAPIURL,
        smaregiTokenURL: String = StoreRecord.defaultSmaregiTokenURL,
        smaregiAPIURL: String = StoreRecord.defaultSmaregiAPIURL,
        taxRounding: StoreRecord.TaxRounding = .round,
        enabled: Bool = true,
        alertEmails: [String] = ["alerts@example.jp"],
        safetyStock: Int = 0
    ) -> StoreRecord {
        StoreRecord(
            code: code,
            name: name ?? "テスト店舗 \(code)",
            shopURL: "https://www.rakuten.co.jp/\(code)/",
            rakutenAPIURL: rakutenAPIURL,
            serviceSecret: "SP000000_test-service-secret-\(code)",
            licenseKey: "SL000000_test-license-key-\(code)",
            licenseExpiry: referenceDate.addingTimeInterval(90 * 86_400),
            taxRounding: taxRounding,
            ordersEnabled: enabled,
            stockEnabled: enabled,
            shippingEnabled: enabled,
            alertEmails: alertEmails,
            safetyStock: safetyStock,
            smaregiContractID: "sb_test_\(code)",
            smaregiClientID: "test-client-id-\(code)",
            smaregiClientSecret: "test-client-secret-\(code)",
            smaregiTokenURL: smaregiTokenURL,
            smaregiAPIURL: smaregiAPIURL,
            smaregiOrderStoreID: "1",
            smaregiStockStoreID: "1"
        )
    }

    /// A new empty folder under the system temporary directory; the caller removes it when done.
    package static func temporaryDirectory(prefix: String = "rakuten-sync-tests") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
