import Foundation

/// getOrder response (rakuten-rms.md §3.3). Orders RMS cannot return are reported per order as
/// `ORDER_EXT_API_GET_ORDER_INFO_102` INFO messages inside HTTP 200; see `missingOrderNumbers`.
package struct RMSGetOrderResponse: RMSOrderAPIResponse, Codable, Equatable {
    /// The message code RMS uses for an order it could not return.
    package static let orderNotFoundCode = "ORDER_EXT_API_GET_ORDER_INFO_102"

    /// `MessageModelList`.
    package var messageModelList: [RMSMessageModel]?
    /// 受注情報モデルリスト (`[]` when none was found).
    package var orderModelList: [RMSOrderModel]?
    /// The response version (returned for request versions ≥ 6).
    package var version: Int?

    enum CodingKeys: String, CodingKey {
        case messageModelList = "MessageModelList"
        case orderModelList = "OrderModelList"
        case version
    }

    /// The orders, `[]` when the list was `null`.
    package var orders: [RMSOrderModel] { orderModelList ?? [] }

    /// The order numbers RMS reported as not found (one INFO_102 message each), in message order.
    package var missingOrderNumbers: [String] {
        messages.filter { $0.messageCode == Self.orderNotFoundCode }.compactMap(\.orderNumber)
    }
}
