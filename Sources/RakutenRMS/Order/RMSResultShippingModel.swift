import Foundation

/// One order of a getResultUpdateOrderShippingAsync response: `ResultShippingModelList[]`.
package struct RMSResultShippingModel: Codable, Sendable, Equatable {
    /// 注文番号 (absent in the "no result" entry).
    package var orderNumber: String?
    /// The per-row messages of this order.
    package var messageModelList: [RMSMessageModel]?

    enum CodingKeys: String, CodingKey {
        case orderNumber
        case messageModelList = "MessageModelList"
    }
}
