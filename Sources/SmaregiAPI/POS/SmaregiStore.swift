import Foundation

/// A POS store with typed fields.
package struct SmaregiStore: Sendable, Equatable {
    /// 店舗区分 (smaregi.md §4.1).
    package enum Division: String, Sendable, Equatable {
        /// `1` 通常店舗.
        case normal = "1"
        /// `2` 倉庫.
        case warehouse = "2"
    }

    package var id: Int
    package var code: String
    package var name: String
    /// `nil` for a division code the client does not know.
    package var division: Division?
    package var isPaused: Bool

    /// Converts the wire row.
    init(_ dto: SmaregiStoreDTO, endpoint: String) throws {
        id = try SmaregiWireValue.int(dto.storeId, field: "storeId", endpoint: endpoint)
        code = dto.storeCode ?? ""
        name = dto.storeName ?? ""
        division = dto.division.flatMap(Division.init(rawValue:))
        isPaused = dto.pauseFlag == "1"
    }
}
