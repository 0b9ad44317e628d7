import Foundation

/// updateOrderShipping response: one message per shipping row, with `dataNumber` (1-based row index across the
/// request) and `shippingDetailId` (existing or newly issued); `…_INFO_101` added, `…_INFO_102` updated
/// (rakuten-rms.md §3.5).
package struct RMSUpdateOrderShippingResponse: RMSOrderAPIResponse, Codable, Equatable {
    /// `MessageModelList`.
    package var messageModelList: [RMSMessageModel]?

    enum CodingKeys: String, CodingKey {
        case messageModelList = "MessageModelList"
    }
}
