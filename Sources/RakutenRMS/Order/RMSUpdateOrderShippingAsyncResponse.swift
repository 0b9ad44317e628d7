import Foundation

/// updateOrderShippingAsync response: `…_ASYNC_INFO_101` with the `requestId` to poll (rakuten-rms.md §3.7).
/// Processing errors appear only in getResultUpdateOrderShippingAsync.
package struct RMSUpdateOrderShippingAsyncResponse: RMSOrderAPIResponse, Codable, Equatable {
    /// `MessageModelList`.
    package var messageModelList: [RMSMessageModel]?

    enum CodingKeys: String, CodingKey {
        case messageModelList = "MessageModelList"
    }

    /// The request id of the accepted update (`<uuid>_<yyyyMMddHHmmss>`), `nil` if none was issued.
    package var requestId: String? {
        messages.lazy.compactMap(\.requestId).first
    }
}
