import Foundation

/// ポイントモデル `PointModel` (rakuten-rms.md §3.3).
package struct RMSPointModel: Codable, Sendable, Equatable {
    /// ポイント利用額.
    package var usedPoint: Int?

    enum CodingKeys: String, CodingKey {
        case usedPoint
    }
}
