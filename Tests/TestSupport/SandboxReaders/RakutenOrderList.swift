/// `GET /_sandbox/rakuten/shops/{shop}/orders` (docs/sandbox.md, Rakuten control API): the shop's orders.
///
/// Only what tests compare is read; the full OrderModel is the RMS wire format, read through getOrder.
package struct RakutenOrderList: Decodable, Sendable, Equatable {
    /// One order of the list.
    package struct Order: Decodable, Sendable, Equatable {
        /// `<shopId>-<yyyyMMdd>-<serial>`.
        package var orderNumber: String
        /// The order's status (100 注文確認待ち … 900 キャンセル確定).
        package var orderProgress: Int
    }

    /// The orders, in the sandbox's order.
    package var orders: [Order]

    /// Every order number.
    package var orderNumbers: [String] { orders.map(\.orderNumber) }
}

/// The answer to `POST /_sandbox/rakuten/shops/{shop}/orders` (a shopper's order): `201 {"orderNumber", "order"}`.
package struct RakutenPlacedOrder: Decodable, Sendable, Equatable {
    /// The new order's number.
    package var orderNumber: String
}
