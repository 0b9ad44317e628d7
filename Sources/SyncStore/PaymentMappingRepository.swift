import Foundation
import GRDB

/// Reads and writes `payment_mappings` (支払方法連携): Rakuten settlement key → Smaregi payment method id.
///
/// The Rakuten key is SyncCore's `SettlementMethod.key`: a settlement code as text (`"1"`), `POINT` or `COUPON`.
package struct PaymentMappingRepository: Sendable {
    private let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Sets (or replaces) the Smaregi method for `rakutenKey`; throws `unknownStore`.
    package func set(store: String, rakutenKey: String, smaregiPaymentMethodID: Int, at now: Date) throws {
        try database.write("set payment mapping") { db in
            guard try StoreRepository.exists(db, code: store) else {
                throw SyncStoreError.unknownStore(code: store)
            }
            try db.execute(
                sql: """
                    INSERT INTO payment_mappings (store_code, rakuten_key, smaregi_payment_method_id, updated_at)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (store_code, rakuten_key) DO UPDATE SET
                        smaregi_payment_method_id = excluded.smaregi_payment_method_id, updated_at = excluded.updated_at
                    """,
                arguments: [store, rakutenKey, smaregiPaymentMethodID, StoredDate.text(now)]
            )
        }
    }

    /// Removes the mapping of `rakutenKey`; returns whether one existed.
    @discardableResult
    package func remove(store: String, rakutenKey: String) throws -> Bool {
        try database.write("remove payment mapping") { db in
            try db.execute(
                sql: "DELETE FROM payment_mappings WHERE store_code = ? AND rakuten_key = ?",
                arguments: [store, rakutenKey]
            )
            return db.changesCount > 0
        }
    }

    /// The store's mappings: Rakuten key → Smaregi payment method id.
    package func all(store: String) throws -> [String: Int] {
        try database.read("list payment mappings") { db in
            var mappings: [String: Int] = [:]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT rakuten_key, smaregi_payment_method_id FROM payment_mappings WHERE store_code = ?",
                arguments: [store]
            ) {
                mappings[try row.string("rakuten_key")] = try row.int("smaregi_payment_method_id")
            }
            return mappings
        }
    }
}
