import CurlTransport
import Foundation

/// Read-only calls of `store test --deep`: the first page (limit 1) of each list the jobs read, decoded as the
/// jobs decode it, and one call with a token Smaregi cannot know, to see the 401 body form (smaregi.md §8).
extension SmaregiClient {
    /// The lists the jobs read.
    package enum ProbeList: String, CaseIterable, Sendable {
        case products = "GET /pos/products"
        case stock = "GET /pos/stock"
        case paymentMethods = "GET /pos/payment_methods"
        case stores = "GET /pos/stores"
        case orders = "GET /order-shipment/orders"
    }

    /// What one first page held: how many items decoded, and the `Link` next URL if one came.
    package struct ProbePage: Sendable, Equatable {
        package var count: Int
        package var nextLink: String?
        /// The URL that was asked (for comparing the `Link` target with it).
        package var requestURL: String
    }

    /// The problem body of a refused token.
    package struct ProbeRefusal: Sendable, Equatable {
        package var status: Int
        package var type: String?
        package var title: String?
        package var error: String?
    }

    /// The first page (`limit=1`) of `list`, decoded into the client's models (so every validation the jobs rely
    /// on runs). `storeId` filters stock; `since` starts the 受注 window (the shipping job's query).
    package func probeFirstPage(_ list: ProbeList, storeId: Int? = nil, since: Date? = nil) throws -> ProbePage {
        let endpoint = list.rawValue
        let limit: (String, String?) = ("limit", "1")
        let requestURL: String
        switch list {
        case .products:
            requestURL = url(
                .pos,
                "/products",
                query: [("fields", "productId,productCode,productName,taxDivision,price,updDateTime"), limit]
            )
        case .stock:
            requestURL = url(.pos, "/stock", query: [("store_id", storeId.map { String($0) }), limit])
        case .paymentMethods: requestURL = url(.pos, "/payment_methods", query: [limit])
        case .stores: requestURL = url(.pos, "/stores", query: [limit])
        case .orders:
            let now = self.now()
            requestURL = url(
                .orderShipment,
                "/orders",
                query: [
                    ("upd_date_time-from", SmaregiDateFormat.string(from: since ?? now.addingTimeInterval(-86_400))),
                    ("upd_date_time-to", SmaregiDateFormat.string(from: now.addingTimeInterval(1))),
                    ("sort", "updDateTime,orderHeadId"), limit,
                ]
            )
        }
        let response = try call(.get, url: requestURL, endpoint: endpoint)
        let count: Int
        switch list {
        case .products:
            count = try decode([SmaregiProductDTO].self, from: response, endpoint: endpoint)
                .map { try SmaregiProduct($0, endpoint: endpoint) }.count
        case .stock:
            count = try decode([SmaregiStockDTO].self, from: response, endpoint: endpoint)
                .map { try SmaregiStock($0, endpoint: endpoint) }.count
        case .paymentMethods:
            count = try decode([SmaregiPaymentMethodDTO].self, from: response, endpoint: endpoint)
                .map { try SmaregiPaymentMethod($0, endpoint: endpoint) }.count
        case .stores:
            count = try decode([SmaregiStoreDTO].self, from: response, endpoint: endpoint)
                .map { try SmaregiStore($0, endpoint: endpoint) }.count
        case .orders:
            count = try decode([SmaregiOrderDTO].self, from: response, endpoint: endpoint)
                .map { try SmaregiOrder($0, endpoint: endpoint) }.count
        }
        let links = response.headerValues("Link")
        let next = SmaregiLinkHeader.nextURL(in: links.isEmpty ? nil : links.joined(separator: ", "))
        return ProbePage(count: count, nextLink: next, requestURL: requestURL)
    }

    /// `GET /pos/stores?limit=1` with a bearer token no IdP issued: the answer's status and problem fields.
    package func probeRefusedToken() throws -> ProbeRefusal {
        let endpoint = "GET /pos/stores (unknown token)"
        let request = HTTPClientRequest(
            url: url(.pos, "/stores", query: [("limit", "1")]),
            headers: [
                HTTPHeader("Authorization", "Bearer rakuten-sync-probe-not-a-token"),
                HTTPHeader("Accept", "application/json"),
            ]
        )
        let response: HTTPClientResponse
        do {
            response = try http.execute(
                request,
                retry: retryPolicy,
                pacerKey: PacerKey.read(credentials.contractId),
                logger: logger
            )
        } catch {
            throw SmaregiAPIError.transport(endpoint: endpoint, underlying: error)
        }
        record(endpoint, request, response: response, error: nil)
        let problem = try? JSONDecoder().decode(SmaregiProblemResponse.self, from: response.body)
        return ProbeRefusal(status: response.status, type: problem?.type, title: problem?.title, error: problem?.error)
    }
}
