import Algorithms
import CurlTransport
import Foundation
import Logging

extension RMSClient {
    /// The path of an order API function: `/es/2.0/order/<function>/` (with the trailing slash, rakuten-rms.md §3).
    static func orderPath(_ function: String) -> String { "/es/2.0/order/\(function)/" }

    /// searchOrder: one page of order numbers (rakuten-rms.md §3.2).
    /// - Throws: `.invalidRequest` for a window longer than 63 days or a page size over 1000; `.orderAPI` with
    ///   the message codes on HTTP 400 (e.g. `…_SEARCH_ORDER_ERROR_011` for a bad datetime).
    package func searchOrder(_ request: RMSSearchOrderRequest) throws(RakutenRMSError) -> RMSSearchOrderResponse {
        let endpoint = "searchOrder"
        guard request.startDatetime <= request.endDatetime else {
            throw .invalidRequest(endpoint: endpoint, reason: "startDatetime is after endDatetime")
        }
        let days = request.endDatetime.timeIntervalSince(request.startDatetime) / 86_400
        guard days <= Double(RMSSearchOrderRequest.maximumWindowDays) else {
            throw .invalidRequest(endpoint: endpoint, reason: "the window spans more than 63 days")
        }
        if let page = request.paginationRequestModel,
            !(1...RMSPaginationRequestModel.maximumRecordsAmount).contains(page.requestRecordsAmount)
                || page.requestPage < 1
        {
            throw .invalidRequest(endpoint: endpoint, reason: "requestRecordsAmount must be 1…1000 and requestPage ≥ 1")
        }
        return try perform(
            orderCall(endpoint, body: encodeBody(request, endpoint: endpoint), isIdempotent: true),
            decoding: RMSSearchOrderResponse.self
        )
    }

    /// searchOrder over every page of `request` (starting at its page, 1000 per page unless set), returning all
    /// order numbers in RMS order. RMS never returns more than 15,000 numbers for one search (rakuten-rms.md §8
    /// pitfall 3); when the total is larger a warning is logged and the caller must narrow the window.
    package func searchAllOrderNumbers(_ request: RMSSearchOrderRequest) throws(RakutenRMSError) -> [String] {
        var pageRequest = request
        var pagination = request.paginationRequestModel ?? RMSPaginationRequestModel()
        var numbers: [String] = []
        while true {
            pageRequest.paginationRequestModel = pagination
            let response = try searchOrder(pageRequest)
            numbers += response.orderNumberList ?? []
            let page = response.paginationResponseModel
            if let total = page?.totalRecordsAmount, total > 15_000 {
                logger.warning(
                    "searchOrder matched more than 15000 orders; RMS returns only the first 15000",
                    metadata: ["rms.total": "\(total)"]
                )
            }
            guard let totalPages = page?.totalPages, pagination.requestPage < totalPages,
                !(response.orderNumberList ?? []).isEmpty
            else { break }
            pagination.requestPage += 1
        }
        return numbers
    }

    /// getOrder for at most 100 orders, version 10 by default (rakuten-rms.md §3.3). Orders RMS could not return are
    /// listed in `missingOrderNumbers` of the response (INFO_102 in HTTP 200), not thrown.
    package func getOrder(_ request: RMSGetOrderRequest) throws(RakutenRMSError) -> RMSGetOrderResponse {
        let endpoint = "getOrder"
        guard request.orderNumberList.count <= RMSGetOrderRequest.maximumOrderNumbers else {
            throw .invalidRequest(endpoint: endpoint, reason: "more than 100 order numbers")
        }
        guard !request.orderNumberList.isEmpty else {
            return RMSGetOrderResponse(messageModelList: [], orderModelList: [], version: request.version)
        }
        return try perform(
            orderCall(
                endpoint,
                body: encodeBody(request, endpoint: endpoint),
                isIdempotent: true,
                orderNumber: request.orderNumberList.count == 1 ? request.orderNumberList.first : nil
            ),
            decoding: RMSGetOrderResponse.self
        )
    }

    /// getOrder for any number of orders, in calls of 100; the responses' orders and messages are concatenated.
    package func getOrders(orderNumbers: [String], version: Int = RMSGetOrderRequest.defaultVersion)
        throws(RakutenRMSError)
        -> RMSGetOrderResponse
    {
        var combined = RMSGetOrderResponse(messageModelList: [], orderModelList: [], version: nil)
        for chunk in orderNumbers.chunks(ofCount: RMSGetOrderRequest.maximumOrderNumbers) {
            let response = try getOrder(RMSGetOrderRequest(orderNumberList: Array(chunk), version: version))
            combined.messageModelList = (combined.messageModelList ?? []) + response.messages
            combined.orderModelList = (combined.orderModelList ?? []) + response.orders
            combined.version = response.version ?? combined.version
        }
        return combined
    }

    /// confirmOrder for at most 100 orders (rakuten-rms.md §3.4); per-order outcomes are messages with `orderNumber`.
    package func confirmOrder(_ request: RMSConfirmOrderRequest) throws(RakutenRMSError) -> RMSConfirmOrderResponse {
        let endpoint = "confirmOrder"
        guard (1...RMSConfirmOrderRequest.maximumOrderNumbers).contains(request.orderNumberList.count) else {
            throw .invalidRequest(endpoint: endpoint, reason: "orderNumberList must hold 1…100 order numbers")
        }
        return try perform(
            orderCall(endpoint, body: encodeBody(request, endpoint: endpoint), isIdempotent: true),
            decoding: RMSConfirmOrderResponse.self
        )
    }

    /// updateOrderShipping for one order (rakuten-rms.md §3.5). Not idempotent (rows without `shippingDetailId` are
    /// added), so it is retried only on 429/503.
    /// - Throws: `.orderAPI` carrying the order number and the per-row messages on HTTP 400.
    package func updateOrderShipping(_ request: RMSUpdateOrderShippingRequest) throws(RakutenRMSError)
        -> RMSUpdateOrderShippingResponse
    {
        let endpoint = "updateOrderShipping"
        for basket in request.basketidModelList
        where basket.shippingModelList.count > RMSBasketidModel.maximumShippingRows {
            throw .invalidRequest(
                endpoint: endpoint,
                reason: "basket \(basket.basketId) has more than 20 shipping rows"
            )
        }
        return try perform(
            orderCall(
                endpoint,
                body: encodeBody(request, endpoint: endpoint),
                isIdempotent: false,
                orderNumber: request.orderNumber
            ),
            decoding: RMSUpdateOrderShippingResponse.self
        )
    }

    /// updateOrderShippingAsync for at most 100 distinct orders (rakuten-rms.md §3.7); returns the `requestId` to poll.
    /// - Throws: `.orderAPI` with the ERROR rows (each naming its `orderNumber`) when the request was refused,
    ///   whether RMS answered HTTP 400 or HTTP 200 without a `requestId`.
    package func updateOrderShippingAsync(_ request: RMSUpdateOrderShippingAsyncRequest) throws(RakutenRMSError)
        -> RMSUpdateOrderShippingAsyncResponse
    {
        let endpoint = "updateOrderShippingAsync"
        let numbers = request.orderShippingModelList.map(\.orderNumber)
        guard (1...RMSUpdateOrderShippingAsyncRequest.maximumOrders).contains(numbers.count) else {
            throw .invalidRequest(endpoint: endpoint, reason: "OrderShippingModelList must hold 1…100 orders")
        }
        guard Set(numbers).count == numbers.count else {
            throw .invalidRequest(endpoint: endpoint, reason: "an order number appears twice")
        }
        let response = try perform(
            orderCall(endpoint, body: encodeBody(request, endpoint: endpoint), isIdempotent: false),
            decoding: RMSUpdateOrderShippingAsyncResponse.self
        )
        // Format errors may come as HTTP 200 with ERROR rows and no requestId (the public transcription of the
        // official page); they mean the same as the HTTP 400 form: nothing was accepted.
        if response.requestId == nil, !response.messages.errors.isEmpty {
            throw .orderAPI(endpoint: endpoint, httpStatus: 200, messages: response.messages, orderNumber: nil)
        }
        return response
    }

    /// getResultUpdateOrderShippingAsync (rakuten-rms.md §3.7); `isResultPending` is true both while processing and
    /// for unknown ids, so poll with a deadline.
    package func getResultUpdateOrderShippingAsync(_ request: RMSGetResultUpdateOrderShippingAsyncRequest)
        throws(RakutenRMSError) -> RMSGetResultUpdateOrderShippingAsyncResponse
    {
        let endpoint = "getResultUpdateOrderShippingAsync"
        return try perform(
            orderCall(endpoint, body: encodeBody(request, endpoint: endpoint), isIdempotent: true),
            decoding: RMSGetResultUpdateOrderShippingAsyncResponse.self
        )
    }

    /// A POST to an order API function.
    private func orderCall(_ function: String, body: Data, isIdempotent: Bool, orderNumber: String? = nil) -> RMSCall {
        RMSCall(
            endpoint: function,
            family: .order,
            method: .post,
            path: Self.orderPath(function),
            body: body,
            pacerKey: PacerKey.order,
            isIdempotent: isIdempotent,
            orderNumber: orderNumber
        )
    }
}
