import Foundation

/// searchOrder response (rakuten-rms.md §3.2). Zero hits: `orderNumberList` `[]` and every pagination field `null`;
/// on HTTP 400 both `orderNumberList` and `PaginationResponseModel` are `null`.
package struct RMSSearchOrderResponse: RMSOrderAPIResponse, Codable, Equatable {
    /// `MessageModelList`.
    package var messageModelList: [RMSMessageModel]?
    /// 受注番号リスト.
    package var orderNumberList: [String]?
    /// ページングレスポンスモデル.
    package var paginationResponseModel: RMSPaginationResponseModel?

    enum CodingKeys: String, CodingKey {
        case messageModelList = "MessageModelList"
        case orderNumberList
        case paginationResponseModel = "PaginationResponseModel"
    }
}
