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

    /// The shipping detail id RMS reports for each `dataNumber` (the 1-based row index).
    package var shippingDetailIdsByDataNumber: [Int: Int64] {
        var ids: [Int: Int64] = [:]
        for message in messages {
            if let row = message.dataNumber, let id = message.shippingDetailId { ids[row] = id }
        }
        return ids
    }
}
