import Foundation
import SyncCore
import SyncStore

/// `mapping add|remove|list|export`: the admin operations on product mappings (商品連携).
package struct ProductMappingAdmin {
    private let database: SyncDatabase

    /// Operations over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Adds one mapping as 未確認 (the next check run verifies it).
    ///
    /// Throws `invalidInput` (exit 64) when the values are not a mapping, `unknownStore`, and `refused` when the
    /// Rakuten SKU is already mapped (one SKU has exactly one Smaregi product: remove it first or re-import).
    package func add(store: String, fields: MappingFields) throws(SyncJobsError) -> ProductMapping {
        let row: MappingImportRow
        switch fields.validated(line: 0) {
        case .success(let valid): row = valid
        case .failure(let reason): throw .invalidInput(field: "mapping", problem: "\(reason.ja) (\(reason.en))")
        }
        let outcome = try SyncJobsError.store("add product mapping") {
            try ProductMappingRepository(database: database).add(row.record(store: store))
        }
        switch outcome {
        case .added(let record):
            return ProductMapping(record)
        case .exists(let record):
            let existing = ProductMapping(record)
            throw .refused(
                reason: "楽天SKU \(existing.key.displayText) は既にスマレジ \(existing.smaregiText) に連携されています。"
                    + "`rakuten-sync mapping remove` で削除してから追加してください "
                    + "(SKU \(existing.key.displayText) is already mapped to \(existing.smaregiText); remove it first)"
            )
        }
    }

    /// Removes the mapping of `key`; throws `refused` when there is none.
    package func remove(store: String, key: ProductMappingKey) throws(SyncJobsError) {
        _ = try SyncJobsError.store("read store") { try StoreRepository(database: database).get(code: store) }
        let removed = try SyncJobsError.store("remove product mapping") {
            try ProductMappingRepository(database: database).remove(store: store, key: ProductMappingKey.record(key))
        }
        if !removed {
            throw .refused(
                reason: "楽天SKU \(key.displayText) の商品連携はありません (no mapping for \(key.displayText) in store \(store))"
            )
        }
    }

    /// Mappings, optionally of one store and one status.
    package func list(store: String?, status: ProductMappingStatus?) throws(SyncJobsError) -> [ProductMapping] {
        if let store {
            _ = try SyncJobsError.store("read store") { try StoreRepository(database: database).get(code: store) }
        }
        return try SyncJobsError.store("list product mappings") {
            try ProductMappingRepository(database: database).list(store: store, status: status?.rawValue)
        }.map(ProductMapping.init)
    }

    /// The mappings as an importable CSV (UTF-8 with BOM, English headers plus `store`, `status`, `reason`,
    /// `checked_at`); `mapping import` ignores the extra columns, so an export re-imports unchanged.
    package func exportCSV(store: String?) throws(SyncJobsError) -> Data {
        var writer = CSVWriter()
        let columns: [MappingColumn] = [
            .manageNumber, .variantId, .horizontal, .vertical, .smaregiID, .smaregiCode, .safetyStock,
        ]
        writer.append(
            record: ["store"] + columns.map(\.englishHeader) + ["status", "reason_code", "reason", "checked_at"]
        )
        for mapping in try list(store: store, status: nil) {
            writer.append(
                record: [
                    mapping.storeCode, mapping.key.manageNumber, mapping.key.variantId, mapping.key.horizontal,
                    mapping.key.vertical, mapping.smaregiProductID.map(String.init) ?? "",
                    mapping.smaregiProductCode ?? "", mapping.safetyStock.map(String.init) ?? "",
                    mapping.status.label, mapping.reasonCode, mapping.reason,
                    mapping.checkedAt.map { JSTCalendar.displayString($0) } ?? "",
                ]
            )
        }
        var data = Data(ReportCSV.byteOrderMark)
        data.append(contentsOf: Array(writer.text.utf8))
        return data
    }
}
