import SyncCore
import SyncStore

extension ProductMapping {
    /// The domain mapping of a stored row.
    init(_ record: ProductMappingRecord) {
        let key: ProductMappingKey =
            record.key.isLegacy
            ? .legacy(record.key.manageNumber, horizontal: record.key.horizontal, vertical: record.key.vertical)
            : .sku(record.key.manageNumber, record.key.variantId)
        self.init(
            id: record.id,
            storeCode: record.storeCode,
            key: key,
            smaregiProductID: record.smaregiProductID,
            smaregiProductCode: record.smaregiProductCode,
            resolvedProductID: record.resolvedProductID,
            status: ProductMappingStatus(record.status),
            reason: record.reason,
            reasonCode: record.reasonCode,
            checkedAt: record.checkedAt,
            safetyStock: record.safetyStock,
            resolvedVariantId: record.resolvedVariantId,
            smaregiProductName: record.smaregiProductName
        )
    }

    /// The row to store.
    var record: ProductMappingRecord {
        ProductMappingRecord(
            id: id,
            storeCode: storeCode,
            key: ProductMappingKey.record(key),
            smaregiProductID: smaregiProductID,
            smaregiProductCode: smaregiProductCode,
            resolvedProductID: resolvedProductID,
            status: ProductMappingRecord.Status(status),
            reasonCode: reasonCode,
            reason: reason,
            checkedAt: checkedAt,
            safetyStock: safetyStock,
            resolvedVariantId: resolvedVariantId,
            smaregiProductName: smaregiProductName
        )
    }
}

extension ProductMappingKey {
    /// The storage key of a domain key.
    static func record(_ key: ProductMappingKey) -> ProductMappingRecord.Key {
        ProductMappingRecord.Key(
            manageNumber: key.manageNumber,
            variantId: key.variantId,
            horizontal: key.horizontal,
            vertical: key.vertical
        )
    }
}

extension MappingImportRow {
    /// The row to store for `store`.
    func record(store: String) -> ProductMappingRecord {
        ProductMappingRecord(
            storeCode: store,
            key: ProductMappingKey.record(key),
            smaregiProductID: smaregiProductID,
            smaregiProductCode: smaregiProductCode,
            safetyStock: safetyStock
        )
    }
}

extension MappingImportRow {
    /// The edit this row asks for, given the columns its file has: a column the file lacks keeps the stored
    /// value (issue #13 §2); a present column sets it (an empty cell clears it).
    func edit(columns: Set<MappingColumn>) -> ProductMappingEdit {
        ProductMappingEdit(
            key: ProductMappingKey.record(key),
            smaregiProductID: columns.contains(.smaregiID) ? .set(smaregiProductID) : .keep,
            smaregiProductCode: columns.contains(.smaregiCode) ? .set(smaregiProductCode) : .keep,
            safetyStock: columns.contains(.safetyStock) ? .set(safetyStock) : .keep
        )
    }
}

extension ProductMappingStatus {
    /// The domain state of a stored status.
    init(_ stored: ProductMappingRecord.Status) {
        switch stored {
        case .ok: self = .ok
        case .error: self = .error
        case .unchecked: self = .unchecked
        }
    }
}

extension ProductMappingRecord.Status {
    /// The stored status of a domain state.
    init(_ status: ProductMappingStatus) {
        switch status {
        case .ok: self = .ok
        case .error: self = .error
        case .unchecked: self = .unchecked
        }
    }
}
