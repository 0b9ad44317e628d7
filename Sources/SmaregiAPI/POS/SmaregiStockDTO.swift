/// A `GET /pos/stock` element as sent (smaregi.md §4.3).
package struct SmaregiStockDTO: Decodable, Sendable, Equatable {
    package var storeId: String?
    package var productId: String?
    package var stockAmount: String?
    package var layawayStockAmount: String?
    package var updDateTime: String?

    enum CodingKeys: String, CodingKey {
        case storeId, productId, stockAmount, layawayStockAmount, updDateTime
    }
}
