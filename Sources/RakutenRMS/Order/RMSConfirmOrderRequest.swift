import Foundation

/// confirmOrder request body, `POST /es/2.0/order/confirmOrder/` (rakuten-rms.md §3.4): at most 100 orders.
package struct RMSConfirmOrderRequest: Encodable, Sendable, Equatable {
    /// The most order numbers one call accepts.
    package static let maximumOrderNumbers = 100

    /// 注文番号リスト.
    package var orderNumberList: [String]

    enum CodingKeys: String, CodingKey {
        case orderNumberList
    }

    /// A confirmation of `orderNumberList`.
    package init(orderNumberList: [String]) {
        self.orderNumberList = orderNumberList
    }
}
