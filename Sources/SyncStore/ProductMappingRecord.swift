import Foundation

/// A row of `product_mappings` (商品連携), as SyncStore reads and writes it.
///
/// SyncStore does not know SyncCore's domain types; SyncJobs converts this record to `ProductMapping`.
/// `manageNumber` is lower case (`init` lower-cases it); an SKU mapping has a `variantId` and empty axes, a
/// legacy one an empty `variantId` and a `horizontal` choice.
package struct ProductMappingRecord: Sendable, Equatable {
    /// The identity of a Rakuten SKU within a store.
    package struct Key: Sendable, Equatable, Hashable {
        package var manageNumber: String
        package var variantId: String
        package var horizontal: String
        package var vertical: String

        /// A key; `manageNumber` is lower-cased, the rest kept exactly.
        package init(manageNumber: String, variantId: String = "", horizontal: String = "", vertical: String = "") {
            self.manageNumber = manageNumber.lowercased()
            self.variantId = variantId
            self.horizontal = horizontal
            self.vertical = vertical
        }

        /// Whether this is a legacy 横軸/縦軸 key.
        package var isLegacy: Bool { variantId.isEmpty }
    }

    /// The stored `status` (the raw value is the column's text). SyncCore's `ProductMappingStatus` is the same
    /// state in the domain; SyncJobs converts between the two (`ProductMapping+Record.swift`).
    package enum Status: String, Sendable, Equatable, Hashable, CaseIterable {
        /// 連携済み: the last check found both sides.
        case ok
        /// エラー: the last check found a problem (`reasonCode`).
        case error
        /// 未確認: added or changed since the last check.
        case unchecked
    }

    package var id: Int64?
    package var storeCode: String
    package var key: Key
    package var smaregiProductID: Int?
    package var smaregiProductCode: String?
    package var resolvedProductID: Int?
    /// For a legacy 横軸/縦軸 mapping: the Rakuten `variantId` of its choice combination, as the last successful
    /// check resolved it (issue #13 §1); nil for SKU mappings and unresolved legacy ones.
    package var resolvedVariantId: String?
    /// The Smaregi product's name as the last mapping check read it; nil before (v9-product-name).
    package var smaregiProductName: String?
    package var status: Status
    package var reasonCode: String
    package var reason: String
    package var checkedAt: Date?
    package var safetyStock: Int?

    /// A record; new mappings start `unchecked`.
    package init(
        id: Int64? = nil,
        storeCode: String,
        key: Key,
        smaregiProductID: Int? = nil,
        smaregiProductCode: String? = nil,
        resolvedProductID: Int? = nil,
        status: Status = .unchecked,
        reasonCode: String = "",
        reason: String = "",
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
        self.reasonCode = reasonCode
        self.reason = reason
        self.checkedAt = checkedAt
        self.safetyStock = safetyStock
    }
}
