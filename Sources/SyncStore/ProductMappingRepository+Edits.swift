import Foundation
import GRDB

extension ProductMappingRepository {
    /// What `update` did.
    package enum UpdateOutcome: Sendable, Equatable {
        /// The SKU has no mapping in the store.
        case missing
        /// The edit matches what is stored; nothing was written.
        case unchanged(ProductMappingRecord)
        /// The mapping was changed in place (returned as stored); `repointed` says its Smaregi product changed,
        /// so it is 未確認 again.
        case updated(ProductMappingRecord, repointed: Bool)
    }

    /// Imports whole mappings for `store` (every field given): see `importEdits`.
    package func importRows(_ rows: [ProductMappingRecord], store: String, dryRun: Bool, at now: Date) throws
        -> ImportCounts
    {
        try importEdits(rows.map(ProductMappingEdit.init(setting:)), store: store, dryRun: dryRun, at: now)
    }

    /// Applies `edits` for `store` in ONE transaction: new SKUs are inserted as 未確認, changed ones updated in
    /// place, identical ones left alone, so importing the same file twice changes nothing. A mapping whose Smaregi
    /// product changed goes back to 未確認; one whose safety stock alone changed keeps its status (issue #13 §2).
    /// With `dryRun` nothing is written and the counts say what would happen.
    package func importEdits(_ edits: [ProductMappingEdit], store: String, dryRun: Bool, at now: Date) throws
        -> ImportCounts
    {
        let work: (Database) throws -> ImportCounts = { db in
            guard try StoreRepository.exists(db, code: store) else {
                throw SyncStoreError.unknownStore(code: store)
            }
            var existing: [ProductMappingRecord.Key: ProductMappingRecord] = [:]
            let cursor = try Row.fetchCursor(
                db,
                sql: "SELECT * FROM product_mappings WHERE store_code = ?",
                arguments: [store]
            )
            while let row = try cursor.next() {
                let mapping = try Self.mapping(row)
                existing[mapping.key] = mapping
            }
            var counts = ImportCounts()
            for edit in edits {
                let current = existing[edit.key]
                let values = edit.applied(to: current)
                guard let current else {
                    counts.inserted += 1
                    if !dryRun {
                        let mapping = ProductMappingRecord(
                            storeCode: store,
                            key: edit.key,
                            smaregiProductID: values.smaregiProductID,
                            smaregiProductCode: values.smaregiProductCode,
                            safetyStock: values.safetyStock
                        )
                        _ = try Self.insert(db, mapping, at: now)
                    }
                    continue
                }
                if !Self.changes(current, values) {
                    counts.unchanged += 1
                    continue
                }
                counts.updated += 1
                if values.repointed { counts.repointed += 1 }
                if !dryRun, let id = current.id { try Self.write(db, id: id, values, at: now) }
            }
            return counts
        }
        if dryRun {
            return try database.read("plan mapping import", work)
        }
        return try database.write("import product mappings", work)
    }

    /// Changes the mapping of `edit.key` in `store` in place (`mapping set`); throws `unknownStore`.
    package func update(store: String, edit: ProductMappingEdit, at now: Date) throws -> UpdateOutcome {
        try database.write("update product mapping") { db in
            guard try StoreRepository.exists(db, code: store) else {
                throw SyncStoreError.unknownStore(code: store)
            }
            guard let current = try Self.fetch(db, store: store, key: edit.key), let id = current.id else {
                return .missing
            }
            let values = edit.applied(to: current)
            guard Self.changes(current, values) else { return .unchanged(current) }
            try Self.write(db, id: id, values, at: now)
            guard let stored = try Self.fetch(db, store: store, key: edit.key) else { return .missing }
            return .updated(stored, repointed: values.repointed)
        }
    }

    /// Whether `values` differ from what `current` stores.
    static func changes(_ current: ProductMappingRecord, _ values: ProductMappingEdit.Values) -> Bool {
        current.smaregiProductID != values.smaregiProductID || current.smaregiProductCode != values.smaregiProductCode
            || current.safetyStock != values.safetyStock
    }

    /// Writes `values` over mapping `id`: a new Smaregi target also resets the check (未確認, no resolved product);
    /// a safety-stock-only change leaves status, reason and resolved product as they are.
    static func write(_ db: Database, id: Int64, _ values: ProductMappingEdit.Values, at now: Date) throws {
        if values.repointed {
            try db.cachedStatement(
                sql: """
                    UPDATE product_mappings SET smaregi_product_id = ?, smaregi_product_code = ?,
                        safety_stock = ?, resolved_product_id = NULL, status = 'unchecked', reason_code = '',
                        reason = '', updated_at = ?
                    WHERE id = ?
                    """
            ).execute(
                arguments: [
                    values.smaregiProductID, values.smaregiProductCode, values.safetyStock, StoredDate.text(now), id,
                ]
            )
        } else {
            try db.cachedStatement(
                sql: "UPDATE product_mappings SET safety_stock = ?, updated_at = ? WHERE id = ?"
            ).execute(arguments: [values.safetyStock, StoredDate.text(now), id])
        }
    }
}
