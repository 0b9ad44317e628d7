import Foundation

/// One entry of an `inventories.bulk.upsert` request (rakuten-rms.md §4.1). Unknown pairs are accepted with 204 and
/// purged by RMS after 24 hours, so an upsert never proves that a SKU exists.
package struct RMSInventoryUpsert: Encodable, Sendable, Equatable {
    /// The largest quantity RMS stores.
    package static let maximumQuantity = 99999

    /// 商品管理番号.
    package var manageNumber: String
    /// SKU管理番号.
    package var variantId: String
    /// 更新モード.
    package var mode: RMSInventoryUpsertMode
    /// 在庫数 (absolute) or signed difference (relative).
    package var quantity: Int
    /// 出荷リードタイム (2.1 only); left out when `nil`.
    package var operationLeadTime: RMSOperationLeadTime?
    /// 配送リードタイム (2.1 only); left out when `nil`.
    package var shipFromIds: [Int]?

    enum CodingKeys: String, CodingKey {
        case manageNumber, variantId, mode, quantity, operationLeadTime, shipFromIds
    }

    /// An update of one SKU's stock.
    package init(
        manageNumber: String,
        variantId: String,
        mode: RMSInventoryUpsertMode = .absolute,
        quantity: Int,
        operationLeadTime: RMSOperationLeadTime? = nil,
        shipFromIds: [Int]? = nil
    ) {
        self.manageNumber = manageNumber
        self.variantId = variantId
        self.mode = mode
        self.quantity = quantity
        self.operationLeadTime = operationLeadTime
        self.shipFromIds = shipFromIds
    }

    /// The key of the row this entry updates.
    package var key: RMSInventoryKey { RMSInventoryKey(manageNumber: manageNumber, variantId: variantId) }
}
