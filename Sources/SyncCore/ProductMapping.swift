import Foundation

/// One product mapping (商品連携): a Rakuten SKU joined to one Smaregi product, with its last check result.
///
/// One Rakuten SKU has exactly one Smaregi product per store; one Smaregi product may back several SKUs.
/// The Smaregi side is a product id, a product code (resolved to the id by the check job), or both.
package struct ProductMapping: Sendable, Equatable {
    /// The database id, `nil` before the mapping is stored.
    package var id: Int64?
    /// 店舗コード.
    package var storeCode: String
    /// The Rakuten SKU.
    package var key: ProductMappingKey
    /// スマレジ商品ID, when known (given, or resolved from the code by a check).
    package var smaregiProductID: Int?
    /// スマレジ商品コード, when given.
    package var smaregiProductCode: String?
    /// The Smaregi product id the last successful check found (the given id, or the one the code resolved to);
    /// what orders and stock use.
    package var resolvedProductID: Int?
    /// The last check result.
    package var status: ProductMappingStatus
    /// Why the mapping is in error (Japanese and English), `""` otherwise.
    package var reason: String
    /// The stable code of the error (`RAKUTEN_SKU_NOT_FOUND`...), `""` otherwise.
    package var reasonCode: String
    /// When the last check ran, `nil` before the first.
    package var checkedAt: Date?
    /// Per-mapping safety stock (held back from Rakuten), `nil` = the store's setting.
    package var safetyStock: Int?
    /// For a legacy 横軸/縦軸 mapping: the Rakuten SKU `variantId` its combination became in the SKU migration, as
    /// the last successful check resolved it (issue #13 §1); what stock is pushed to. nil otherwise.
    package var resolvedVariantId: String?
    /// The Smaregi product's name as the last check read it (`mapping list`, `mapping export`); nil before.
    package var smaregiProductName: String?

    /// A mapping.
    package init(
        id: Int64? = nil,
        storeCode: String,
        key: ProductMappingKey,
        smaregiProductID: Int? = nil,
        smaregiProductCode: String? = nil,
        resolvedProductID: Int? = nil,
        status: ProductMappingStatus = .unchecked,
        reason: String = "",
        reasonCode: String = "",
        checkedAt: Date? = nil,
        safetyStock: Int? = nil,
        resolvedVariantId: String? = nil,
        smaregiProductName: String? = nil
    ) {
        self.resolvedVariantId = resolvedVariantId
        self.smaregiProductName = smaregiProductName
        self.id = id
        self.storeCode = storeCode
        self.key = key
        self.smaregiProductID = smaregiProductID
        self.smaregiProductCode = smaregiProductCode
        self.resolvedProductID = resolvedProductID
        self.status = status
        self.reason = reason
        self.reasonCode = reasonCode
        self.checkedAt = checkedAt
        self.safetyStock = safetyStock
    }

    /// How the Rakuten side appears in lists: the key, and for a resolved legacy mapping the SKU it resolved to
    /// (`shirt 横軸=S 縦軸=白 → SKU v1`).
    package var rakutenText: String {
        guard key.isLegacy, let variant = resolvedVariantId, !variant.isEmpty else { return key.displayText }
        return "\(key.displayText) → SKU \(variant)"
    }

    /// How the Smaregi side appears in lists and reports: `ID 1001`, `コード 4900000000011`, or both.
    package var smaregiText: String {
        switch (smaregiProductID, smaregiProductCode) {
        case let (id?, code?): "ID \(id) (コード \(code))"
        case let (id?, nil): "ID \(id)"
        case let (nil, code?): "コード \(code)"
        case (nil, nil): "-"
        }
    }
}
