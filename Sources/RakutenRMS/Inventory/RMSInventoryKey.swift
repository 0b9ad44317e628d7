import Foundation

/// A (manageNumber, variantId) pair, the key of an inventory row (rakuten-rms.md §4.1).
///
/// RMS lower-cases `manageNumber` but keeps `variantId` case-sensitive; `normalized` applies the same rule so keys
/// sent and keys returned compare equal.
package struct RMSInventoryKey: Codable, Sendable, Equatable, Hashable {
    /// 商品管理番号.
    package var manageNumber: String
    /// SKU管理番号.
    package var variantId: String

    enum CodingKeys: String, CodingKey {
        case manageNumber, variantId
    }

    /// A key.
    package init(manageNumber: String, variantId: String) {
        self.manageNumber = manageNumber
        self.variantId = variantId
    }

    /// The key as RMS stores it: `manageNumber` lower-cased, `variantId` unchanged.
    package var normalized: RMSInventoryKey {
        RMSInventoryKey(manageNumber: manageNumber.lowercased(), variantId: variantId)
    }
}
