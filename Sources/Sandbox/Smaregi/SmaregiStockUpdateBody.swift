import Foundation

/// The body of `PATCH /stock/{product_id}` and `POST /stock/{product_id}/add`: every number a string
/// (`{"storeId":"1","stockAmount":"25","stockHistory":{"memo":"…"}}`, smaregi.md §4.3).
struct SmaregiStockUpdateBody: Decodable, Sendable {
    /// The memo of the stock-change history entry (≤100 characters).
    struct History: Decodable, Sendable {
        var memo: String?

        enum CodingKeys: String, CodingKey {
            case memo
        }
    }

    var storeId: String
    var stockAmount: String
    var stockHistory: History?

    enum CodingKeys: String, CodingKey {
        case storeId, stockAmount, stockHistory
    }
}
