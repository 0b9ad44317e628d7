import Foundation

/// getResultUpdateOrderShippingAsync request body, `POST /es/2.0/order/getResultUpdateOrderShippingAsync/`
/// (rakuten-rms.md §3.7).
package struct RMSGetResultUpdateOrderShippingAsyncRequest: Encodable, Sendable, Equatable {
    /// リクエストID from updateOrderShippingAsync.
    package var requestId: String

    enum CodingKeys: String, CodingKey {
        case requestId
    }

    /// A poll for `requestId`.
    package init(requestId: String) {
        self.requestId = requestId
    }
}
