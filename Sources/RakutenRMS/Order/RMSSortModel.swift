import Foundation

/// `SortModel`: the only documented column is 1 (注文日時) (rakuten-rms.md §3.2).
package struct RMSSortModel: Encodable, Sendable, Equatable {
    /// Sort direction: 1 ascending, 2 descending.
    package enum Direction: Int, Encodable, Sendable, Equatable {
        /// 1 昇順.
        case ascending = 1
        /// 2 降順 (RMS default).
        case descending = 2
    }

    /// 並び替え項目: 1 注文日時.
    package var sortColumn: Int
    /// 並び替え方法.
    package var sortDirection: Direction

    enum CodingKeys: String, CodingKey {
        case sortColumn, sortDirection
    }

    /// A sort order.
    package init(sortColumn: Int = 1, sortDirection: Direction) {
        self.sortColumn = sortColumn
        self.sortDirection = sortDirection
    }
}
