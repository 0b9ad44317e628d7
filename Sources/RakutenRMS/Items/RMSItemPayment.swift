import Foundation

/// `payment` of an item: tax settings (rakuten-rms.md §5).
package struct RMSItemPayment: Codable, Sendable, Equatable {
    /// 税込み: whether the price includes tax.
    package var taxIncluded: Bool?
    /// 消費税率: 0, 0.08, 0.1, or `nil` = the shop setting; sent as string or number.
    @ExactRate package var taxRate: Decimal?
    /// 代引料込み.
    package var cashOnDeliveryFeeIncluded: Bool?

    enum CodingKeys: String, CodingKey {
        case taxIncluded, taxRate, cashOnDeliveryFeeIncluded
    }
}
