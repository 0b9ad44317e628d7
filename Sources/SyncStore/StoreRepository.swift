import Foundation
import GRDB

/// Reads and writes `stores` (店舗作成, 店舗連携情報).
package struct StoreRepository: Sendable {
    private let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Adds a store, stamping `createdAt` and `updatedAt` with `now`; throws `duplicateStoreCode` when taken.
    @discardableResult
    package func add(_ store: StoreRecord, at now: Date) throws -> StoreRecord {
        var stored = store
        stored.createdAt = StoredDate.normalized(now)
        stored.updatedAt = StoredDate.normalized(now)
        stored.licenseExpiry = stored.licenseExpiry.map(StoredDate.normalized)
        let record = stored
        try database.write("add store") { db in
            if try Self.exists(db, code: record.code) {
                throw SyncStoreError.duplicateStoreCode(code: record.code)
            }
            try db.execute(
                sql: """
                    INSERT INTO stores (\(Self.columns.joined(separator: ", ")))
                    VALUES (\(Array(repeating: "?", count: Self.columns.count).joined(separator: ", ")))
                    """,
                arguments: try Self.arguments(record)
            )
        }
        return stored
    }

    /// Replaces every setting of an existing store, keeping its `createdAt` and stamping `updatedAt` with `now`.
    ///
    /// Throws `unknownStore` when no store has `store.code`. Returns the row as stored.
    @discardableResult
    package func update(_ store: StoreRecord, at now: Date) throws -> StoreRecord {
        try database.write("update store") { db in
            guard let existing = try Self.fetch(db, code: store.code) else {
                throw SyncStoreError.unknownStore(code: store.code)
            }
            var stored = store
            stored.createdAt = existing.createdAt
            stored.updatedAt = StoredDate.normalized(now)
            stored.licenseExpiry = stored.licenseExpiry.map(StoredDate.normalized)
            let assignments = Self.columns.map { "\($0) = ?" }.joined(separator: ", ")
            var arguments = try Self.arguments(stored)
            arguments += [stored.code]
            try db.execute(sql: "UPDATE stores SET \(assignments) WHERE code = ?", arguments: arguments)
            return stored
        }
    }

    /// The store with this code, or nil.
    package func find(code: String) throws -> StoreRecord? {
        try database.read("find store") { db in
            try Self.fetch(db, code: code)
        }
    }

    /// The store with this code; throws `unknownStore` when there is none (what jobs and the CLI want).
    package func get(code: String) throws -> StoreRecord {
        guard let store = try find(code: code) else {
            throw SyncStoreError.unknownStore(code: code)
        }
        return store
    }

    /// Every store, sorted by code.
    package func list() throws -> [StoreRecord] {
        try database.read("list stores") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM stores ORDER BY code").map(Self.record)
        }
    }

    /// Deletes a store (its alert ledger and watermarks go with it; run history stays).
    ///
    /// Throws `unknownStore` when no store has this code.
    package func remove(code: String) throws {
        try database.write("remove store") { db in
            try db.execute(sql: "DELETE FROM stores WHERE code = ?", arguments: [code])
            if db.changesCount == 0 {
                throw SyncStoreError.unknownStore(code: code)
            }
        }
    }

    /// How many stores exist (checked against `SettingsRepository.maxStores()` before adding one).
    package func count() throws -> Int {
        try database.read("count stores") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM stores") ?? 0
        }
    }
}

extension StoreRepository {
    /// The columns written by `add` and `update`, in the order of `arguments(_:)`.
    private static let columns = [
        "code", "name", "shop_url", "rakuten_api_url", "service_secret", "license_key", "license_expiry",
        "tax_rounding", "orders_enabled", "stock_enabled", "shipping_enabled", "alert_emails", "safety_stock",
        "smaregi_contract_id", "smaregi_client_id", "smaregi_client_secret", "smaregi_token_url",
        "smaregi_api_url", "smaregi_order_store_id", "smaregi_stock_store_id", "created_at", "updated_at",
    ]

    private static func arguments(_ store: StoreRecord) throws -> StatementArguments {
        let values: [(any DatabaseValueConvertible)?] = [
            store.code, store.name, store.shopURL, store.rakutenAPIURL, store.serviceSecret, store.licenseKey,
            store.licenseExpiry.map(StoredDate.text), store.taxRounding.rawValue, store.ordersEnabled ? 1 : 0,
            store.stockEnabled ? 1 : 0, store.shippingEnabled ? 1 : 0, try encodeEmails(store.alertEmails),
            store.safetyStock, store.smaregiContractID, store.smaregiClientID, store.smaregiClientSecret,
            store.smaregiTokenURL, store.smaregiAPIURL, store.smaregiOrderStoreID, store.smaregiStockStoreID,
            StoredDate.text(store.createdAt), StoredDate.text(store.updatedAt),
        ]
        return StatementArguments(values)
    }

    /// Whether a store with this code exists (used by the repositories whose tables reference `stores`).
    static func exists(_ db: Database, code: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM stores WHERE code = ?)", arguments: [code]) ?? false
    }

    private static func fetch(_ db: Database, code: String) throws -> StoreRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM stores WHERE code = ?", arguments: [code]).map(record)
    }

    private static func record(_ row: Row) throws -> StoreRecord {
        StoreRecord(
            code: try row.string("code"),
            name: try row.string("name"),
            shopURL: try row.string("shop_url"),
            rakutenAPIURL: try row.string("rakuten_api_url"),
            serviceSecret: try row.string("service_secret"),
            licenseKey: try row.string("license_key"),
            licenseExpiry: try row.optionalDate("license_expiry", table: "stores"),
            taxRounding: try Self.taxRounding(try row.string("tax_rounding")),
            ordersEnabled: try row.bool("orders_enabled"),
            stockEnabled: try row.bool("stock_enabled"),
            shippingEnabled: try row.bool("shipping_enabled"),
            alertEmails: try decodeEmails(try row.string("alert_emails")),
            safetyStock: try row.int("safety_stock"),
            smaregiContractID: try row.string("smaregi_contract_id"),
            smaregiClientID: try row.string("smaregi_client_id"),
            smaregiClientSecret: try row.string("smaregi_client_secret"),
            smaregiTokenURL: try row.string("smaregi_token_url"),
            smaregiAPIURL: try row.string("smaregi_api_url"),
            smaregiOrderStoreID: try row.string("smaregi_order_store_id"),
            smaregiStockStoreID: try row.string("smaregi_stock_store_id"),
            createdAt: try row.date("created_at", table: "stores"),
            updatedAt: try row.date("updated_at", table: "stores")
        )
    }

    /// `alert_emails` is a JSON array of strings, e.g. `["ops@example.jp","owner@example.jp"]`.
    /// The stored `tax_rounding` text as its case; a text the schema should never let in is an `invalidStoredValue`.
    private static func taxRounding(_ text: String) throws -> StoreRecord.TaxRounding {
        guard let rounding = StoreRecord.TaxRounding(rawValue: text) else {
            throw SyncStoreError.invalidStoredValue(table: "stores", column: "tax_rounding", value: text)
        }
        return rounding
    }

    private static func encodeEmails(_ emails: [String]) throws -> String {
        let data = try JSONEncoder().encode(emails)
        return String(decoding: data, as: UTF8.self)
    }

    private static func decodeEmails(_ text: String) throws -> [String] {
        guard let emails = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
            throw SyncStoreError.invalidStoredValue(table: "stores", column: "alert_emails", value: text)
        }
        return emails
    }
}
