/// A change to one mapping, field by field (issue #13 §2): a field left `.keep` keeps its stored value, so a
/// CSV without a 安全在庫 column or a `mapping set` without `--safety-stock` never wipes what is stored.
///
/// The Smaregi side (スマレジ商品ID + スマレジ商品コード) names ONE product, so it changes as a unit: when a given
/// Smaregi field differs from the stored one, the target is replaced and a Smaregi field that was not given is
/// cleared (it belonged to the old product); when every given Smaregi field equals the stored one, the target is
/// kept whole. Only a changed target sends a mapping back to 未確認; a safety-stock-only change keeps its status.
package struct ProductMappingEdit: Sendable, Equatable {
    /// One field of an edit: keep the stored value, or set this one (`nil` clears).
    package enum Change<Value: Sendable & Equatable>: Sendable, Equatable {
        case keep
        case set(Value)
    }

    /// The values a mapping has after an edit.
    package struct Values: Sendable, Equatable {
        package var smaregiProductID: Int?
        package var smaregiProductCode: String?
        package var safetyStock: Int?
        /// Whether the Smaregi target differs from the stored one (the mapping goes back to 未確認).
        package var repointed: Bool
    }

    package var key: ProductMappingRecord.Key
    package var smaregiProductID: Change<Int?>
    package var smaregiProductCode: Change<String?>
    package var safetyStock: Change<Int?>

    /// An edit of `key`.
    package init(
        key: ProductMappingRecord.Key,
        smaregiProductID: Change<Int?> = .keep,
        smaregiProductCode: Change<String?> = .keep,
        safetyStock: Change<Int?> = .keep
    ) {
        self.key = key
        self.smaregiProductID = smaregiProductID
        self.smaregiProductCode = smaregiProductCode
        self.safetyStock = safetyStock
    }

    /// The edit that sets every field of `record` (a whole mapping, as `importRows` takes it).
    package init(setting record: ProductMappingRecord) {
        self.init(
            key: record.key,
            smaregiProductID: .set(record.smaregiProductID),
            smaregiProductCode: .set(record.smaregiProductCode),
            safetyStock: .set(record.safetyStock)
        )
    }

    /// The values after applying this edit to `current` (nil: a new mapping, where `.keep` means "none").
    package func applied(to current: ProductMappingRecord?) -> Values {
        let storedID = current?.smaregiProductID
        let storedCode = current?.smaregiProductCode
        var newID = storedID
        var newCode = storedCode
        var differs = false
        if case .set(let id) = smaregiProductID, id != storedID { differs = true }
        if case .set(let code) = smaregiProductCode, code != storedCode { differs = true }
        if differs {
            if case .set(let id) = smaregiProductID { newID = id } else { newID = nil }
            if case .set(let code) = smaregiProductCode { newCode = code } else { newCode = nil }
        }
        var safety = current?.safetyStock
        if case .set(let value) = safetyStock { safety = value }
        return Values(
            smaregiProductID: newID,
            smaregiProductCode: newCode,
            safetyStock: safety,
            repointed: current != nil && differs
        )
    }
}
