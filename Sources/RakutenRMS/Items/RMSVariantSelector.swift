import Foundation

/// One `variantSelectors[]` axis of an item.
package struct RMSVariantSelector: Codable, Sendable, Equatable {
    /// バリエーション項目キー.
    package var key: String?
    /// バリエーション項目名.
    package var displayName: String?
    /// バリエーション選択肢.
    package var values: [RMSVariantSelectorValue]?

    enum CodingKeys: String, CodingKey {
        case key, displayName, values
    }
}
