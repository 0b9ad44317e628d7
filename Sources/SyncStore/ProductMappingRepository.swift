import Foundation
import GRDB

/// Reads and writes `product_mappings` (商品連携): one row per Rakuten SKU per store.
package struct ProductMappingRepository: Sendable {
    /// What `add` did.
    package enum AddOutcome: Sendable, Equatable {
        /// The mapping was stored (returned with its id).
        case added(ProductMappingRecord)
        /// The SKU already has a mapping (returned unchanged); one Rakuten SKU has exactly one Smaregi product.
        case exists(ProductMappingRecord)
    }

    /// What an import did (or, in a dry run, would do).
    package struct ImportCounts: Sendable, Equatable {
        /// New mappings.
        package var inserted = 0
        /// Mappings whose Smaregi side or safety stock changed.
        package var updated = 0
        /// Rows identical to the stored mapping.
        package var unchanged = 0
        /// Among `updated`, mappings whose Smaregi product changed (they become 未確認 again; a safety-stock-only
        /// change keeps the status).
        package var repointed = 0

        /// Counts.
        package init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0, repointed: Int = 0) {
            self.inserted = inserted
            self.updated = updated
            self.unchanged = unchanged
            self.repointed = repointed
        }
    }

    /// The result of checking one mapping, as the check job records it.
    package struct CheckResult: Sendable, Equatable {
        /// The Smaregi side a mapping had when the check read it.
        package struct Target: Sendable, Equatable {
            package var smaregiProductID: Int?
            package var smaregiProductCode: String?

            /// A target.
            package init(smaregiProductID: Int?, smaregiProductCode: String?) {
                self.smaregiProductID = smaregiProductID
                self.smaregiProductCode = smaregiProductCode
            }
        }

        package var id: Int64
        package var status: ProductMappingRecord.Status
        package var reasonCode: String
        package var reason: String
        package var resolvedProductID: Int?
        /// A legacy mapping's Rakuten SKU `variantId`, when the check resolved it.
        package var resolvedVariantId: String?
        /// The Smaregi product's name, when the check found the product.
        package var productName: String?
        /// When set, the result is recorded only if the mapping still points at this Smaregi target: a mapping
        /// re-imported or re-pointed while the check ran stays 未確認 instead of getting a verdict (and a resolved
        /// product id) that belongs to its old target.
        package var checkedTarget: Target?

        /// A result.
        package init(
            id: Int64,
            status: ProductMappingRecord.Status,
            reasonCode: String,
            reason: String,
            resolvedProductID: Int?,
            resolvedVariantId: String? = nil,
            productName: String? = nil,
            checkedTarget: Target? = nil
        ) {
            self.resolvedVariantId = resolvedVariantId
            self.productName = productName
            self.id = id
            self.status = status
            self.reasonCode = reasonCode
            self.reason = reason
            self.resolvedProductID = resolvedProductID
            self.checkedTarget = checkedTarget
        }
    }

    let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Stores a new mapping as 未確認, unless its SKU is already mapped; throws `unknownStore`.
    package func add(_ mapping: ProductMappingRecord, at now: Date) throws -> AddOutcome {
        try database.write("add product mapping") { db in
            guard try StoreRepository.exists(db, code: mapping.storeCode) else {
                throw SyncStoreError.unknownStore(code: mapping.storeCode)
            }
            if let existing = try Self.fetch(db, store: mapping.storeCode, key: mapping.key) {
                return .exists(existing)
            }
            var stored = mapping
            stored.status = .unchecked
            stored.reason = ""
            stored.reasonCode = ""
            stored.checkedAt = nil
            stored.resolvedProductID = nil
            stored.id = try Self.insert(db, stored, at: now)
            return .added(stored)
        }
    }

    /// Deletes the mapping of `key`; returns whether one existed.
    @discardableResult
    package func remove(store: String, key: ProductMappingRecord.Key) throws -> Bool {
        try database.write("remove product mapping") { db in
            try db.execute(
                sql: """
                    DELETE FROM product_mappings
                    WHERE store_code = ? AND manage_number = ? AND variant_id = ? AND horizontal = ? AND vertical = ?
                    """,
                arguments: [store, key.manageNumber, key.variantId, key.horizontal, key.vertical]
            )
            return db.changesCount > 0
        }
    }

    /// The mapping of `key`, or nil.
    package func find(store: String, key: ProductMappingRecord.Key) throws -> ProductMappingRecord? {
        try database.read("find product mapping") { db in
            try Self.fetch(db, store: store, key: key)
        }
    }

    /// Mappings, optionally of one store and one status, ordered by store, manageNumber, then the rest of the key.
    package func list(store: String? = nil, status: ProductMappingRecord.Status? = nil) throws -> [ProductMappingRecord]
    {
        try database.read("list product mappings") { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let store {
                conditions.append("store_code = ?")
                arguments.append(store)
            }
            if let status {
                conditions.append("status = ?")
                arguments.append(status.rawValue)
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let sql = """
                SELECT * FROM product_mappings \(filter)
                ORDER BY store_code, manage_number, variant_id, horizontal, vertical
                """
            var mappings: [ProductMappingRecord] = []
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try cursor.next() { mappings.append(try Self.mapping(row)) }
            return mappings
        }
    }

    /// How many mappings of `store` are in each status.
    package func statusCounts(store: String) throws -> [ProductMappingRecord.Status: Int] {
        try database.read("count product mappings") { db in
            var counts: [ProductMappingRecord.Status: Int] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT status, COUNT(*) AS n FROM product_mappings WHERE store_code = ? GROUP BY status",
                arguments: [store]
            )
            for row in rows {
                let status = try Self.status(try row.string("status"))
                counts[status] = try row.int("n")
            }
            return counts
        }
    }

    /// Records the results of a check run in one transaction, stamping `checked_at` with `now`; returns how many
    /// were recorded (results whose mapping was removed or re-pointed meanwhile are skipped).
    @discardableResult
    package func recordChecks(_ results: [CheckResult], at now: Date) throws -> Int {
        let stamp = StoredDate.text(now)
        return try database.write("record mapping checks") { db in
            let unconditional = try db.cachedStatement(
                sql: """
                    UPDATE product_mappings SET status = ?, reason_code = ?, reason = ?, resolved_product_id = ?,
                        resolved_variant_id = ?, smaregi_product_name = ?, checked_at = ?
                    WHERE id = ?
                    """
            )
            let guarded = try db.cachedStatement(
                sql: """
                    UPDATE product_mappings SET status = ?, reason_code = ?, reason = ?, resolved_product_id = ?,
                        resolved_variant_id = ?, smaregi_product_name = ?, checked_at = ?
                    WHERE id = ? AND smaregi_product_id IS ? AND smaregi_product_code IS ?
                    """
            )
            var recorded = 0
            for result in results {
                var arguments: StatementArguments = [
                    result.status.rawValue, result.reasonCode, result.reason, result.resolvedProductID,
                    result.resolvedVariantId, result.productName, stamp, result.id,
                ]
                if let target = result.checkedTarget {
                    arguments += [target.smaregiProductID, target.smaregiProductCode]
                    try guarded.execute(arguments: arguments)
                } else {
                    try unconditional.execute(arguments: arguments)
                }
                recorded += db.changesCount
            }
            return recorded
        }
    }
}
