import Foundation
import GRDB

/// The merchant's own carrier names (`carrier_mappings`): a Smaregi carrier name as the warehouse types it →
/// Rakuten `deliveryCompany` code (issue #7, `rakuten-sync carrier set`). The built-in table is in SyncCore.
package struct ShipmentCarrierRepository: Sendable {
    let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Sets (or replaces) the code for `smaregiName`; throws `unknownStore`.
    package func set(store: String, smaregiName: String, deliveryCompany: String, at now: Date) throws {
        try database.write("write carrier mapping") { db in
            guard try StoreRepository.exists(db, code: store) else { throw SyncStoreError.unknownStore(code: store) }
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO carrier_mappings (store_code, smaregi_name, delivery_company, updated_at)
                    VALUES (?, ?, ?, ?)
                    """,
                arguments: [store, smaregiName, deliveryCompany, StoredDate.text(now)]
            )
        }
    }

    /// Removes the mapping of `smaregiName`; returns whether there was one.
    @discardableResult
    package func remove(store: String, smaregiName: String) throws -> Bool {
        try database.write("remove carrier mapping") { db in
            try db.execute(
                sql: "DELETE FROM carrier_mappings WHERE store_code = ? AND smaregi_name = ?",
                arguments: [store, smaregiName]
            )
            return db.changesCount > 0
        }
    }

    /// The store's mappings, Smaregi name → code.
    package func all(store: String) throws -> [String: String] {
        try database.read("read carrier mappings") { db in
            var mappings: [String: String] = [:]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT smaregi_name, delivery_company FROM carrier_mappings WHERE store_code = ?",
                arguments: [store]
            ) {
                mappings[try row.string("smaregi_name")] = try row.string("delivery_company")
            }
            return mappings
        }
    }
}
