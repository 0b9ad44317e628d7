import Foundation

/// Everything the database holds for one store, as `rakuten-sync store export` writes it (docs/scaling.md).
///
/// The store row, its mappings (product, payment, carrier), the order and shipment ledgers, the stock push ledger,
/// the watermarks, the alert ledger and the run history: every table with a `store_code` column, found from the
/// schema, so a table a later migration adds travels too. Not carried: the cached Smaregi access token (the next
/// run asks for one). The file holds the store's secrets, like the database, and is written with mode 0600.
package struct StoreSnapshot: Codable, Sendable, Equatable {
    /// What the file is: always `rakuten-sync-store`.
    package static let formatName = "rakuten-sync-store"

    /// `rakuten-sync-store`.
    package var format: String
    /// The format's version (1).
    package var version: Int
    /// The store's 店舗コード.
    package var storeCode: String
    /// The store's Smaregi 契約ID ("" when none), which decides its shard.
    package var smaregiContractID: String
    /// When the export was taken (ISO 8601).
    package var exportedAt: String
    /// The migrations the exporting database had applied; an import needs all of them.
    package var migrations: [String]
    /// The rows, table by table, in the order they must be inserted (the order the tables were created).
    package var tables: [StoreTransferTable]

    private enum CodingKeys: String, CodingKey {
        case format, version, storeCode, smaregiContractID, exportedAt, migrations, tables
    }

    /// A snapshot with the given parts.
    package init(
        storeCode: String,
        smaregiContractID: String,
        exportedAt: String,
        migrations: [String],
        tables: [StoreTransferTable]
    ) {
        format = Self.formatName
        version = 1
        self.storeCode = storeCode
        self.smaregiContractID = smaregiContractID
        self.exportedAt = exportedAt
        self.migrations = migrations
        self.tables = tables
    }
}
