import Foundation

/// One inventory row: the response of `inventories.variants.get` and an entry of `inventories.bulk.get`
/// (rakuten-rms.md §4.1). Timestamps use `+09:00` (`RMSDateFormat.inventoryDateTime`).
package struct RMSInventory: Codable, Sendable, Equatable {
    /// 商品管理番号 (RMS returns it lower-cased).
    package var manageNumber: String
    /// SKU管理番号 (case-sensitive).
    package var variantId: String
    /// 在庫数 (0…99999).
    package var quantity: Int
    /// 出荷リードタイム (2.1 only, when not automatic).
    package var operationLeadTime: RMSOperationLeadTime?
    /// 配送リードタイム (2.1 only, when not automatic).
    package var shipFromIds: [Int]?
    /// 作成日時, `+09:00` form.
    package var created: String?
    /// 更新日時, `+09:00` form.
    package var updated: String?

    enum CodingKeys: String, CodingKey {
        case manageNumber, variantId, quantity, operationLeadTime, shipFromIds, created, updated
    }

    /// The key of this row.
    package var key: RMSInventoryKey { RMSInventoryKey(manageNumber: manageNumber, variantId: variantId) }
}
