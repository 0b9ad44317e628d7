import Foundation

/// confirmOrder response: one message per order, with `orderNumber` (rakuten-rms.md §3.4): `…_CONFIRM_ORDER_INFO_101`
/// on success, `…_ERROR_102` (cancelled) or `…_ERROR_103` (status already moved).
package struct RMSConfirmOrderResponse: RMSOrderAPIResponse, Codable, Equatable {
    /// `MessageModelList`.
    package var messageModelList: [RMSMessageModel]?

    enum CodingKeys: String, CodingKey {
        case messageModelList = "MessageModelList"
    }
}
