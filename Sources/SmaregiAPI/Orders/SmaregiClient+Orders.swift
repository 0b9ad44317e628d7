import CurlTransport
import Foundation

/// 受注管理 (order-shipment) calls: 受注登録, lookup by ID or 受注番号, changes since a time, cancellation.
extension SmaregiClient {
    /// 受注登録. Not retried after a timeout: on doubt, look the order up by `orderCode` before sending again
    /// (design.md §5).
    package func createOrder(_ request: SmaregiOrderCreateRequest) throws -> SmaregiOrder {
        let endpoint = "POST /order-shipment/orders"
        let body: Data
        do {
            body = try JSONEncoder().encode(request)
        } catch {
            throw SmaregiAPIError.invalidArgument(
                endpoint: endpoint,
                reason: "order \(request.orderCode) cannot be encoded"
            )
        }
        let response = try call(
            .post,
            url: url(.orderShipment, "/orders"),
            endpoint: endpoint,
            body: body,
            policy: nonIdempotentPolicy
        )
        return try SmaregiOrder(decode(SmaregiOrderDTO.self, from: response, endpoint: endpoint), endpoint: endpoint)
    }

    /// One 受注; `nil` when it does not exist (404).
    package func order(id: Int) throws -> SmaregiOrder? {
        let endpoint = "GET /order-shipment/orders/{id}"
        do {
            let response = try call(.get, url: url(.orderShipment, "/orders/\(id)"), endpoint: endpoint)
            return try SmaregiOrder(
                decode(SmaregiOrderDTO.self, from: response, endpoint: endpoint),
                endpoint: endpoint
            )
        } catch SmaregiAPIError.requestFailed(_, 404, _, _) {
            return nil
        }
    }

    /// Every 受注 with 受注番号 `code`: the original and any 受注分割 children (they share the code).
    package func orders(code: String) throws -> [SmaregiOrder] {
        let endpoint = "GET /order-shipment/orders?order_code"
        guard !code.isEmpty else {
            throw SmaregiAPIError.invalidArgument(endpoint: endpoint, reason: "empty order code")
        }
        return try allPages(
            SmaregiOrderDTO.self,
            .orderShipment,
            "/orders",
            query: [("order_code", code)],
            endpoint: endpoint
        )
        .map { try SmaregiOrder($0, endpoint: endpoint) }
    }

    /// 受注 updated in `range` (shipments and cancellations bump `updDateTime`), optionally only one status and
    /// one 受注店舗, oldest change first.
    package func orders(
        updatedBetween range: ClosedRange<Date>,
        status: SmaregiOrder.Status? = nil,
        storeId: Int? = nil
    ) throws -> [SmaregiOrder] {
        let endpoint = "GET /order-shipment/orders"
        var statusText: String?
        switch status {
        case .accepted: statusText = "accepted"
        case .shipped: statusText = "shipped"
        case .canceled: statusText = "canceled"
        case .other(let raw): statusText = raw
        case nil: statusText = nil
        }
        let query: [(String, String?)] = [
            ("status", statusText), ("store_id", storeId.map { String($0) }),
            ("upd_date_time-from", SmaregiDateFormat.string(from: range.lowerBound)),
            ("upd_date_time-to", SmaregiDateFormat.string(from: range.upperBound)), ("sort", "updDateTime,orderHeadId"),
        ]
        return try allPages(SmaregiOrderDTO.self, .orderShipment, "/orders", query: query, endpoint: endpoint)
            .map { try SmaregiOrder($0, endpoint: endpoint) }
    }

    /// Cancels a 受注 that has not shipped (its allocated stock is released).
    package func cancelOrder(id: Int) throws -> SmaregiOrder {
        let endpoint = "POST /order-shipment/orders/{id}/cancel"
        let response = try call(
            .post,
            url: url(.orderShipment, "/orders/\(id)/cancel"),
            endpoint: endpoint,
            body: Data("{}".utf8),
            policy: nonIdempotentPolicy
        )
        return try SmaregiOrder(decode(SmaregiOrderDTO.self, from: response, endpoint: endpoint), endpoint: endpoint)
    }
}

extension SmaregiClient {
    /// Every 受注店舗 of the contract (order-shipment `GET /stores`, paged like the other lists, [A-SMR-28]).
    package func orderStores() throws -> [SmaregiOrderStore] {
        let endpoint = "GET /order-shipment/stores"
        return try allPages(SmaregiOrderStoreDTO.self, .orderShipment, "/stores", query: [], endpoint: endpoint)
            .map { try SmaregiOrderStore($0, endpoint: endpoint) }
    }

    /// A 受注店舗; `nil` when it does not exist or is not a 受注店舗 (404).
    package func orderStore(id: Int) throws -> SmaregiOrderStore? {
        let endpoint = "GET /order-shipment/stores/{id}"
        do {
            let response = try call(.get, url: url(.orderShipment, "/stores/\(id)"), endpoint: endpoint)
            return try SmaregiOrderStore(
                decode(SmaregiOrderStoreDTO.self, from: response, endpoint: endpoint),
                endpoint: endpoint
            )
        } catch SmaregiAPIError.requestFailed(_, 404, _, _) {
            return nil
        }
    }
}
