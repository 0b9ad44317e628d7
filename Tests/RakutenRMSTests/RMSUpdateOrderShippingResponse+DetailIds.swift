import RakutenRMS

extension RMSUpdateOrderShippingResponse {
    /// The shipping detail id RMS reports for each `dataNumber` (the 1-based row index). The shipping job ranks the
    /// answer's messages itself (`ShippingLoader+Send`), so only the tests key them by `dataNumber`.
    var shippingDetailIdsByDataNumber: [Int: Int64] {
        var ids: [Int: Int64] = [:]
        for message in messages {
            if let row = message.dataNumber, let id = message.shippingDetailId { ids[row] = id }
        }
        return ids
    }
}
