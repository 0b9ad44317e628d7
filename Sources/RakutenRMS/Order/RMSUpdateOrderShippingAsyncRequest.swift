import Foundation

/// updateOrderShippingAsync request body, `POST /es/2.0/order/updateOrderShippingAsync/`: at most 100 orders,
/// each order number once (rakuten-rms.md §3.7).
package struct RMSUpdateOrderShippingAsyncRequest: Encodable, Sendable, Equatable {
    /// The most orders one call accepts.
    package static let maximumOrders = 100

    /// 受注発送モデルリスト.
    package var orderShippingModelList: [RMSOrderShippingModel]

    enum CodingKeys: String, CodingKey {
        case orderShippingModelList = "OrderShippingModelList"
    }

    /// An asynchronous shipping update of several orders.
    package init(orderShippingModelList: [RMSOrderShippingModel]) {
        self.orderShippingModelList = orderShippingModelList
    }
}
