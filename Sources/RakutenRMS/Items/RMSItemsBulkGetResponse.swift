import Foundation

/// `items.bulk.get` response `{"results":[item…]}`: 0…50 items; unknown numbers are presumably left out.
package struct RMSItemsBulkGetResponse: Codable, Sendable, Equatable {
    /// The items found.
    package var results: [RMSItem]?

    enum CodingKeys: String, CodingKey {
        case results
    }
}
