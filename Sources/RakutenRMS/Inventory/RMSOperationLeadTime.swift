import Foundation

/// `operationLeadTime` of InventoryAPI 2.1 (rakuten-rms.md §4.1).
package struct RMSOperationLeadTime: Codable, Sendable, Equatable {
    /// 通常出荷リードタイムID.
    package var normalDeliveryTimeId: Int?
    /// 在庫切れ時出荷リードタイムID.
    package var backOrderDeliveryTimeId: Int?

    enum CodingKeys: String, CodingKey {
        case normalDeliveryTimeId, backOrderDeliveryTimeId
    }

    /// A lead-time pair.
    package init(normalDeliveryTimeId: Int?, backOrderDeliveryTimeId: Int?) {
        self.normalDeliveryTimeId = normalDeliveryTimeId
        self.backOrderDeliveryTimeId = backOrderDeliveryTimeId
    }
}
