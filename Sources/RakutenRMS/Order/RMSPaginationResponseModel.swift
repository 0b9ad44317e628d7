import Foundation

/// `PaginationResponseModel`: every field is `null` when the search found nothing.
package struct RMSPaginationResponseModel: Codable, Sendable, Equatable {
    /// 総結果数.
    package var totalRecordsAmount: Int?
    /// 総ページ数.
    package var totalPages: Int?
    /// リクエストページ番号.
    package var requestPage: Int?

    enum CodingKeys: String, CodingKey {
        case totalRecordsAmount, totalPages, requestPage
    }
}
