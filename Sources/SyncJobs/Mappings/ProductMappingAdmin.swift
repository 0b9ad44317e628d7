import Foundation
import SyncCore
import SyncStore

/// `mapping add|set|remove|list|export`: the admin operations on product mappings (商品連携).
package struct ProductMappingAdmin {
    /// What `set` did.
    package struct SetResult: Sendable, Equatable {
        /// The mapping as stored afterwards.
        package var mapping: ProductMapping
        /// Whether anything changed.
        package var changed: Bool
        /// Whether the Smaregi product changed (the mapping is 未確認 until the next check run).
        package var repointed: Bool
    }

    private let database: SyncDatabase
    private let clock: @Sendable () -> Date

    /// Operations over `database`, reading the time they record from `clock`.
    package init(database: SyncDatabase, clock: @escaping @Sendable () -> Date = WallClock.now) {
        self.database = database
        self.clock = clock
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
        let outcome = try SyncJobsError.database("add product mapping") {
            try ProductMappingRepository(database: database).add(row.record(store: store), at: clock())
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

    /// Changes the mapping of `key` in place (`mapping set`, issue #13 §2): a new Smaregi id or code replaces the
    /// Smaregi side and makes the mapping 未確認; a safety-stock-only change keeps its status. `nil` keeps a field;
    /// `clearSafetyStock` goes back to the store's safety stock. Throws `invalidInput` (exit 64) for a malformed
    /// value, `unknownStore`, and `refused` when the SKU has no mapping.
    package func set(
        store: String,
        key: ProductMappingKey,
        smaregiID: String?,
        smaregiCode: String?,
        safetyStock: String?,
        clearSafetyStock: Bool
    ) throws(SyncJobsError) -> SetResult {
        func value<Value>(_ result: Result<Value, MappingFields.Reason>) throws(SyncJobsError) -> Value {
            switch result {
            case .success(let value): return value
            case .failure(let reason): throw .invalidInput(field: "mapping", problem: "\(reason.ja) (\(reason.en))")
            }
        }
        var edit = ProductMappingEdit(key: ProductMappingKey.record(key))
        if let smaregiID {
            guard let id = try value(MappingFields.productIDValue(smaregiID)) else {
                throw .invalidInput(field: "--smaregi-id", problem: "空です (empty)")
            }
            edit.smaregiProductID = .set(id)
        }
        if let smaregiCode {
            guard let code = try value(MappingFields.productCodeValue(smaregiCode.trimmingCharacters(in: .whitespaces)))
            else {
                throw .invalidInput(field: "--smaregi-code", problem: "空です (empty)")
            }
            edit.smaregiProductCode = .set(code)
        }
        if let safetyStock {
            guard let safety = try value(MappingFields.safetyStockValue(safetyStock)) else {
                throw .invalidInput(field: "--safety-stock", problem: "空です (empty; use --clear-safety-stock)")
            }
            edit.safetyStock = .set(safety)
        } else if clearSafetyStock {
            edit.safetyStock = .set(nil)
        }
        let outcome = try SyncJobsError.database("update product mapping") {
            try ProductMappingRepository(database: database).update(store: store, edit: edit, at: clock())
        }
        switch outcome {
        case .missing:
            throw .refused(
                reason: "楽天SKU \(key.displayText) の商品連携はありません。`rakuten-sync mapping add` で追加してください "
                    + "(no mapping for \(key.displayText) in store \(store); add it with `rakuten-sync mapping add`)"
            )
        case .unchanged(let record):
            return SetResult(mapping: ProductMapping(record), changed: false, repointed: false)
        case .updated(let record, let repointed):
            return SetResult(mapping: ProductMapping(record), changed: true, repointed: repointed)
        }
    }

    /// Removes the mapping of `key`; throws `refused` when there is none.
    package func remove(store: String, key: ProductMappingKey) throws(SyncJobsError) {
        _ = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: store) }
        let removed = try SyncJobsError.database("remove product mapping") {
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
            _ = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: store) }
        }
        return try SyncJobsError.database("list product mappings") {
            try ProductMappingRepository(database: database).list(
                store: store,
                status: status.map(ProductMappingRecord.Status.init)
            )
        }.map(ProductMapping.init)
    }

    /// The mappings as an importable CSV (UTF-8 with BOM, Japanese headers as `mapping import` documents them, plus
    /// 店舗コード, スマレジ商品名, 状態, 理由コード, 理由, 確認日時; the English names are in the README); `mapping import` ignores the
    /// extra columns, so an export re-imports unchanged. A cell a
    /// spreadsheet would run as a formula gets a leading `'` (`ReportCSV.inert`), which `mapping import` drops.
    package func exportCSV(store: String?) throws(SyncJobsError) -> Data {
        var writer = CSVWriter()
        let columns: [MappingColumn] = [
            .manageNumber, .variantId, .horizontal, .vertical, .smaregiID, .smaregiCode, .safetyStock,
        ]
        writer.append(
            record: ["店舗コード"] + columns.map(\.rawValue) + ["スマレジ商品名", "状態", "理由コード", "理由", "確認日時"]
        )
        for mapping in try list(store: store, status: nil) {
            writer.append(
                record: [
                    mapping.storeCode, mapping.key.manageNumber, mapping.key.variantId, mapping.key.horizontal,
                    mapping.key.vertical, mapping.smaregiProductID.map(String.init) ?? "",
                    mapping.smaregiProductCode ?? "", mapping.safetyStock.map(String.init) ?? "",
                    mapping.smaregiProductName ?? "", mapping.status.label, mapping.reasonCode, mapping.reason,
                    mapping.checkedAt.map { JSTCalendar.displayString($0) } ?? "",
                ].map(ReportCSV.inert)
            )
        }
        var data = Data(ReportCSV.byteOrderMark)
        data.append(contentsOf: Array(writer.text.utf8))
        return data
    }
}
