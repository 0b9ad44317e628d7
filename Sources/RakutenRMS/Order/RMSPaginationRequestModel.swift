import Foundation

/// `PaginationRequestModel` of a searchOrder request (reference §3.2): both numbers are required when present.
package struct RMSPaginationRequestModel: Encodable, Sendable, Equatable {
    /// The largest page size RMS accepts.
    package static let maximumRecordsAmount = 1000

    /// 1ページあたりの取得結果数 (≤ 1000).
    package var requestRecordsAmount: Int
    /// リクエストページ番号, 1-based.
    package var requestPage: Int
    /// 並び替え条件.
    package var sortModelList: [RMSSortModel]?

    enum CodingKeys: String, CodingKey {
        case requestRecordsAmount, requestPage
        case sortModelList = "SortModelList"
    }

    /// A page request, sorted by 注文日時 ascending unless told otherwise.
    package init(
        requestRecordsAmount: Int = 1000,
        requestPage: Int = 1,
        sortModelList: [RMSSortModel]? = [RMSSortModel(sortColumn: 1, sortDirection: .ascending)]
    ) {
        self.requestRecordsAmount = requestRecordsAmount
        self.requestPage = requestPage
        self.sortModelList = sortModelList
    }
}

/// `SortModel`: the only documented column is 1 (注文日時) (reference §3.2).
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
