/// The rows of one table that belong to an exported store, column names first.
package struct StoreTransferTable: Codable, Sendable, Equatable {
    /// The table's name.
    package var table: String
    /// The columns of each row, in order.
    package var columns: [String]
    /// The rows.
    package var rows: [[StoreTransferValue]]

    private enum CodingKeys: String, CodingKey {
        case table, columns, rows
    }

    /// A table's rows.
    package init(table: String, columns: [String], rows: [[StoreTransferValue]]) {
        self.table = table
        self.columns = columns
        self.rows = rows
    }
}
