import Foundation

/// updateOrderShipping request body, `POST /es/2.0/order/updateOrderShipping/`: one order per call
/// (rakuten-rms.md §3.5).
package struct RMSUpdateOrderShippingRequest: Encodable, Sendable, Equatable {
    /// 注文番号.
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
