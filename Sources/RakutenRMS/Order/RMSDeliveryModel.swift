import Foundation

/// 配送方法モデル `DeliveryModel` (rakuten-rms.md §3.3).
package struct RMSDeliveryModel: Codable, Sendable, Equatable {
    /// 配送方法 (shop-defined, e.g. 宅配便).
    package var deliveryName: String?
    /// 配送区分 (0–8).
    package var deliveryClass: Int?

    enum CodingKeys: String, CodingKey {
        case deliveryName, deliveryClass
    }
}
