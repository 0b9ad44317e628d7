import Foundation
import GRDB

/// Reads and writes `smaregi_payment_methods`, the store's copy of Smaregi's payment-method list.
package struct PaymentMethodRepository: Sendable {
    private let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Replaces the store's list with `methods` in one transaction; returns how many were stored.
    @discardableResult
    package func replace(store: String, with methods: [PaymentMethodRecord], at now: Date) throws -> Int {
        try database.write("sync payment methods") { db in
            guard try StoreRepository.exists(db, code: store) else {
                throw SyncStoreError.unknownStore(code: store)
            }
            try db.execute(sql: "DELETE FROM smaregi_payment_methods WHERE store_code = ?", arguments: [store])
            let stamp = StoredDate.text(now)
            for method in methods {
                try db.execute(
                    sql: """
                        INSERT INTO smaregi_payment_methods (store_code, id, code, name, synced_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (store_code, id) DO UPDATE SET code = excluded.code, name = excluded.name
                        """,
                    arguments: [store, method.id, method.code, method.name, stamp]
                )
            }
            return methods.count
        }
    }

    /// The store's synced methods, by id.
    package func list(store: String) throws -> [PaymentMethodRecord] {
        try database.read("list payment methods") { db in
            try Row.fetchAll(
                db,
                sql: "SELECT id, code, name FROM smaregi_payment_methods WHERE store_code = ? ORDER BY id",
                arguments: [store]
            ).map { row in
                PaymentMethodRecord(id: try row.int("id"), code: try row.string("code"), name: try row.string("name"))
            }
        }
    }
}
