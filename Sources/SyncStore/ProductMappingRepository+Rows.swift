import Foundation
import GRDB

extension ProductMappingRepository {
    static func fetch(_ db: Database, store: String, key: ProductMappingRecord.Key) throws -> ProductMappingRecord? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT * FROM product_mappings
                WHERE store_code = ? AND manage_number = ? AND variant_id = ? AND horizontal = ? AND vertical = ?
                """,
            arguments: [store, key.manageNumber, key.variantId, key.horizontal, key.vertical]
        ).map(mapping)
    }

    /// Inserts `mapping` as given (status included) and returns its id.
    static func insert(_ db: Database, _ mapping: ProductMappingRecord, at now: Date) throws -> Int64 {
        let stamp = StoredDate.text(now)
        try db.cachedStatement(
            sql: """
                INSERT INTO product_mappings (store_code, kind, manage_number, variant_id, horizontal, vertical,
                    smaregi_product_id, smaregi_product_code, resolved_product_id, status, reason_code, reason,
                    checked_at, safety_stock, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                mapping.storeCode, mapping.key.isLegacy ? "legacy" : "sku", mapping.key.manageNumber,
                mapping.key.variantId, mapping.key.horizontal, mapping.key.vertical, mapping.smaregiProductID,
                mapping.smaregiProductCode, mapping.resolvedProductID, mapping.status.rawValue, mapping.reasonCode,
                mapping.reason, mapping.checkedAt.map(StoredDate.text), mapping.safetyStock, stamp, stamp,
            ]
        )
        return db.lastInsertedRowID
    }

    /// The stored `status` text as its case; a text the table should never hold is an `invalidStoredValue`.
    static func status(_ text: String) throws -> ProductMappingRecord.Status {
        guard let status = ProductMappingRecord.Status(rawValue: text) else {
            throw SyncStoreError.invalidStoredValue(table: "product_mappings", column: "status", value: text)
        }
        return status
    }

    static func mapping(_ row: Row) throws -> ProductMappingRecord {
        ProductMappingRecord(
            id: try row.int64("id"),
            storeCode: try row.string("store_code"),
            key: ProductMappingRecord.Key(
                manageNumber: try row.string("manage_number"),
                variantId: try row.string("variant_id"),
                horizontal: try row.string("horizontal"),
                vertical: try row.string("vertical")
            ),
            smaregiProductID: try row.decode(Int?.self, forColumn: "smaregi_product_id"),
            smaregiProductCode: try row.optionalString("smaregi_product_code"),
            resolvedProductID: try row.decode(Int?.self, forColumn: "resolved_product_id"),
            status: try Self.status(try row.string("status")),
            reasonCode: try row.string("reason_code"),
            reason: try row.string("reason"),
            checkedAt: try row.optionalDate("checked_at", table: "product_mappings"),
            safetyStock: try row.decode(Int?.self, forColumn: "safety_stock"),
            resolvedVariantId: try row.optionalString("resolved_variant_id"),
            smaregiProductName: try row.optionalString("smaregi_product_name")
        )
    }
}
