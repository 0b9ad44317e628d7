import Foundation

/// One entry of the `MessageModelList` envelope that every order API response carries (rakuten-rms.md §3.1).
package struct RMSMessageModel: Codable, Sendable, Equatable {
    /// `INFO`, `ERROR` or `WARNING`.
    package var messageType: String
    /// e.g. `ORDER_EXT_API_SEARCH_ORDER_INFO_101` (rakuten-rms.md §7).
    package var messageCode: String
    /// The Japanese message text.
    package var message: String
    /// The order the message is about (getOrder, confirmOrder, shipping functions).
    package var orderNumber: String?
    /// 1-based ShippingModel row index across the request (shipping functions only).
    package var dataNumber: Int?
    /// The existing or newly issued shipping detail id (shipping functions only).
    package var shippingDetailId: Int64?
    /// The id of an accepted asynchronous shipping update (updateOrderShippingAsync only).
    package var requestId: String?

    enum CodingKeys: String, CodingKey {
        case messageType, messageCode, message, orderNumber, dataNumber, shippingDetailId, requestId
    }

    /// Creates a message.
    package init(
        messageType: String,
        messageCode: String,
        message: String,
        orderNumber: String? = nil,
        dataNumber: Int? = nil,
        shippingDetailId: Int64? = nil,
        requestId: String? = nil
    ) {
        self.messageType = messageType
        self.messageCode = messageCode
        self.message = message
        self.orderNumber = orderNumber
        self.dataNumber = dataNumber
        self.shippingDetailId = shippingDetailId
        self.requestId = requestId
    }

    /// Decodes leniently: a missing or `null` type, code or text becomes `""`.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        messageType = try container.decodeIfPresent(String.self, forKey: .messageType) ?? ""
        messageCode = try container.decodeIfPresent(String.self, forKey: .messageCode) ?? ""
        message = try container.decodeIfPresent(String.self, forKey: .message) ?? ""
        orderNumber = try container.decodeIfPresent(String.self, forKey: .orderNumber)
        dataNumber = try container.decodeIfPresent(Int.self, forKey: .dataNumber)
        // Error rows of the shipping functions echo the request's shippingDetailId: a number, or its text form.
        shippingDetailId =
            container.lenient(Int64.self, forKey: .shippingDetailId)
            ?? container.lenient(String.self, forKey: .shippingDetailId).flatMap { Int64($0) }
        requestId = try container.decodeIfPresent(String.self, forKey: .requestId)
    }

    /// Whether this is an `ERROR` entry.
    package var isError: Bool { messageType == "ERROR" }
}

extension [RMSMessageModel] {
    /// The `ERROR` entries.
    package var errors: [RMSMessageModel] { filter(\.isError) }

    /// The message codes in order, e.g. for logs and error reports.
    package var messageCodes: [String] { map(\.messageCode) }
}
