import CurlTransport
import Foundation

/// POS reads: stores, products, payment methods, tax rates (smaregi.md §4.1, §4.2, §4.4, §4.6).
extension SmaregiClient {
    /// Every POS store (通常店舗 and 倉庫).
    package func stores() throws -> [SmaregiStore] {
        let endpoint = "GET /pos/stores"
        return try allPages(SmaregiStoreDTO.self, .pos, "/stores", query: [], endpoint: endpoint)
            .map { try SmaregiStore($0, endpoint: endpoint) }
    }

    /// One store; `nil` when it does not exist (404).
    package func store(id: Int) throws -> SmaregiStore? {
        let endpoint = "GET /pos/stores/{id}"
        do {
            let response = try call(.get, url: url(.pos, "/stores/\(id)"), endpoint: endpoint)
            return try SmaregiStore(
                decode(SmaregiStoreDTO.self, from: response, endpoint: endpoint),
                endpoint: endpoint
            )
        } catch SmaregiAPIError.requestFailed(_, 404, _, _) {
            return nil
        }
    }

    /// Every product, 1000 per page, restricted to the fields the ETL uses.
    /// - Parameter range: only products changed in it (asked in ≤31-day windows, §3.3); `nil` for all.
    package func products(updatedBetween range: ClosedRange<Date>? = nil) throws -> [SmaregiProduct] {
        let endpoint = "GET /pos/products"
        let fields = (
            "fields",
            "productId,productCode,productName,groupCode,categoryId,taxDivision,price,stockControlDivision,displayFlag,reduceTaxId,updDateTime"
        )
        var byID: [Int: SmaregiProduct] = [:]
        for window in Self.windows(range) {
            let query = [fields] + Self.updQuery(window)
            for dto in try allPages(SmaregiProductDTO.self, .pos, "/products", query: query, endpoint: endpoint) {
                let product = try SmaregiProduct(dto, endpoint: endpoint)
                byID[product.id] = product
            }
        }
        return byID.values.sorted { $0.id < $1.id }
    }

    /// The product with 商品コード `code` (exact match); `nil` when there is none.
    package func product(code: String) throws -> SmaregiProduct? {
        let endpoint = "GET /pos/products?product_code"
        guard !code.isEmpty else {
            throw SmaregiAPIError.invalidArgument(endpoint: endpoint, reason: "empty product code")
        }
        let response = try call(.get, url: url(.pos, "/products", query: [("product_code", code)]), endpoint: endpoint)
        return try decode([SmaregiProductDTO].self, from: response, endpoint: endpoint)
            .map { try SmaregiProduct($0, endpoint: endpoint) }.first { $0.code == code }
    }

    /// One product; `nil` when it does not exist (404).
    package func product(id: Int) throws -> SmaregiProduct? {
        let endpoint = "GET /pos/products/{id}"
        do {
            let response = try call(.get, url: url(.pos, "/products/\(id)"), endpoint: endpoint)
            return try SmaregiProduct(
                decode(SmaregiProductDTO.self, from: response, endpoint: endpoint),
                endpoint: endpoint
            )
        } catch SmaregiAPIError.requestFailed(_, 404, _, _) {
            return nil
        }
    }

    /// Every payment method.
    package func paymentMethods() throws -> [SmaregiPaymentMethod] {
        let endpoint = "GET /pos/payment_methods"
        return try allPages(SmaregiPaymentMethodDTO.self, .pos, "/payment_methods", query: [], endpoint: endpoint)
            .map { try SmaregiPaymentMethod($0, endpoint: endpoint) }
    }

    /// The tax-rate master; with `on`, only the rate valid that JST day.
    package func taxRates(on date: Date? = nil) throws -> [SmaregiTaxRate] {
        let endpoint = "GET /pos/consumption_tax_rates"
        let query: [(String, String?)] = [("target_date", date.map(SmaregiDateFormat.dayString(from:)))]
        return try allPages(SmaregiTaxRateDTO.self, .pos, "/consumption_tax_rates", query: query, endpoint: endpoint)
            .map { try SmaregiTaxRate($0, endpoint: endpoint) }
    }

    /// The longest `upd_date_time` window the API accepts (smaregi.md §3.3).
    package static let maxWindow: TimeInterval = 31 * 86_400

    /// Splits `range` into consecutive windows of at most 31 days; `[nil]` (no filter) without a range.
    package static func windows(_ range: ClosedRange<Date>?) -> [ClosedRange<Date>?] {
        guard let range else { return [nil] }
        var windows: [ClosedRange<Date>?] = []
        var start = range.lowerBound
        repeat {
            let end = min(range.upperBound, start.addingTimeInterval(maxWindow))
            windows.append(start...end)
            start = end
        } while start < range.upperBound
        return windows
    }

    /// `upd_date_time-from` / `-to` query items for a window (the `+` becomes `%2B` when encoded).
    static func updQuery(_ window: ClosedRange<Date>?) -> [(String, String?)] {
        guard let window else { return [] }
        return [
            ("upd_date_time-from", SmaregiDateFormat.string(from: window.lowerBound)),
            ("upd_date_time-to", SmaregiDateFormat.string(from: window.upperBound)),
        ]
    }
}
