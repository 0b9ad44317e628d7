/// MessageModel builders of the order API (rakuten-rms.md §3.1, §7).
enum RakutenOrderMessages {
    /// One MessageModel; optional members are added only when given.
    static func message(
        _ type: String,
        _ code: String,
        _ text: String,
        orderNumber: String? = nil,
        dataNumber: Int? = nil,
        shippingDetailId: Int? = nil,
        requestId: String? = nil,
        includeShippingKeys: Bool = false
    ) -> SandboxJSON {
        var object = SandboxJSONObject()
        object["messageType"] = .string(type)
        object["messageCode"] = .string(code)
        object["message"] = .string(text)
        if let orderNumber { object["orderNumber"] = .string(orderNumber) }
        if let requestId { object["requestId"] = .string(requestId) }
        if includeShippingKeys || dataNumber != nil || shippingDetailId != nil {
            object["dataNumber"] = .orNull(dataNumber)
            object["shippingDetailId"] = .orNull(shippingDetailId)
        }
        return .object(object)
    }

    static func info(_ code: String, _ text: String, orderNumber: String? = nil) -> SandboxJSON {
        message("INFO", code, text, orderNumber: orderNumber)
    }

    static func error(_ code: String, _ text: String, orderNumber: String? = nil) -> SandboxJSON {
        message("ERROR", code, text, orderNumber: orderNumber)
    }
}
