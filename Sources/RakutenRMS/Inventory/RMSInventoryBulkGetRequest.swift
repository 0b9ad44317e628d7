import Algorithms
import Foundation

/// `inventories.bulk.get` request body, `POST /es/2.0/inventories/bulk-get`: 1…1000 keys (rakuten-rms.md §4.1).
package struct RMSInventoryBulkGetRequest: Encodable, Sendable, Equatable {
    /// The most keys one call accepts.
    package static let maximumKeys = 1000

    /// The keys to read (no duplicates: IE1102).
    package var inventories: [RMSInventoryKey]

    enum CodingKeys: String, CodingKey {
        case inventories
    }

    /// A bulk read of `inventories`.
    package init(inventories: [RMSInventoryKey]) {
        self.inventories = inventories
    }

    /// Splits `keys` into requests of at most 1000 keys each, dropping repeated keys (RMS rejects duplicates with
    /// IE1102) while keeping the first-seen order.
    package static func chunked(_ keys: [RMSInventoryKey]) -> [RMSInventoryBulkGetRequest] {
        var seen = Set<RMSInventoryKey>()
        let unique = keys.filter { seen.insert($0.normalized).inserted }
        return unique.chunks(ofCount: maximumKeys).map { RMSInventoryBulkGetRequest(inventories: Array($0)) }
    }
}
