import Foundation

/// One value of a variant selector.
package struct RMSVariantSelectorValue: Codable, Sendable, Equatable {
    /// 選択肢.
    package var displayValue: String?

    enum CodingKeys: String, CodingKey {
        case displayValue
    }
}
