import Foundation

/// `inventories.bulk.get` response `{"inventories":[…]}`: 0…1000 rows; keys RMS does not know are presumably
/// left out (rakuten-rms.md §4.1, not documented).
package struct RMSInventoryBulkGetResponse: Codable, Sendable, Equatable {
    /// The rows found.
    package var inventories: [RMSInventory]?

    enum CodingKeys: String, CodingKey {
        case inventories
    }
}
