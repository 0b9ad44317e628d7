import Foundation

/// `PaginationRequestModel` of a searchOrder request (rakuten-rms.md §3.2): both numbers are required when present.
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
