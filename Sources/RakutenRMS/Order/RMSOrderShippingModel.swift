import Foundation

/// One order of an updateOrderShippingAsync request: `OrderShippingModelList[]` (rakuten-rms.md §3.7).
package struct RMSOrderShippingModel: Encodable, Sendable, Equatable {
    /// 注文番号 (unique within one request).
    package var orderNumber: String
    /// 送付先モデルリスト (wire key `BasketidModelList`).
    package var basketidModelList: [RMSBasketidModel]

    enum CodingKeys: String, CodingKey {
        case orderNumber
        case basketidModelList = "BasketidModelList"
    }

    /// The shipping update of one order.
    package init(orderNumber: String, basketidModelList: [RMSBasketidModel]) {
        self.orderNumber = orderNumber
        self.basketidModelList = basketidModelList
    }
}
