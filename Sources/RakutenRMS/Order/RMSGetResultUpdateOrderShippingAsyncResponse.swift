import Foundation

/// getResultUpdateOrderShippingAsync response (rakuten-rms.md §3.7): per order, the same row messages as the
/// synchronous call. While processing is unfinished, and also for an unknown or expired request id, RMS sends
/// one entry whose only message is `…_GET_RESULT_UPDATEORDERSHIPPING_ASYNC_INFO_101`; see `isResultPending`.
package struct RMSGetResultUpdateOrderShippingAsyncResponse: RMSOrderAPIResponse, Codable, Equatable {
    /// The code RMS sends while there is no result (pending, unknown or expired request id).
    package static let noResultCode = "ORDER_EXT_API_GET_RESULT_UPDATEORDERSHIPPING_ASYNC_INFO_101"

    /// A top-level `MessageModelList`, present on errors such as a missing request id.
    package var messageModelList: [RMSMessageModel]?
    /// 受注発送結果モデルリスト.
    package var resultShippingModelList: [RMSResultShippingModel]?

    enum CodingKeys: String, CodingKey {
        case messageModelList = "MessageModelList"
        case resultShippingModelList = "ResultShippingModelList"
    }

    /// The per-order results, `[]` when absent.
    package var results: [RMSResultShippingModel] { resultShippingModelList ?? [] }

    /// Whether RMS has no result yet for the request id ("pending" and "unknown id" look the same).
    package var isResultPending: Bool {
        let all = messages + results.flatMap { $0.messageModelList ?? [] }
        return all.contains { $0.messageCode == Self.noResultCode }
    }
}
