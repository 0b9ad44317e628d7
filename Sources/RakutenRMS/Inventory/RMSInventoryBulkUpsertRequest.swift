import Foundation

/// `inventories.bulk.upsert` request body, `POST /es/2.0/inventories/bulk-upsert`: 1…400 entries, answered with
/// 204 and no body (rakuten-rms.md §4.1). A 400 names the bad entries through `errors[].metadata.propertyPath`
/// (`inventories[3].quantity`); see `RMSAPIErrorEntry.itemIndex`.
package struct RMSInventoryBulkUpsertRequest: Encodable, Sendable, Equatable {
    /// The most entries one call accepts.
    package static let maximumEntries = 400

    /// The updates (no duplicate keys: IE1102).
    package var inventories: [RMSInventoryUpsert]

    enum CodingKeys: String, CodingKey {
        case inventories
    }

    /// A bulk update.
    package init(inventories: [RMSInventoryUpsert]) {
        self.inventories = inventories
    }
}
