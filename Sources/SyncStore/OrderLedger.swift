import Algorithms
import Foundation
import GRDB

/// Reads and writes the order ledger (`order_ledger`, `order_units`): the orders job's memory of every Rakuten
/// order it has seen, and what the stock and shipping jobs read about imported orders (issue #5, design.md §5).
package struct OrderLedger: Sendable {
    let database: SyncDatabase

    /// A ledger over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// The row of one order, or nil when the job never saw it.
    package func record(store: String, orderNumber: String) throws -> OrderLedgerRecord? {
        try records(store: store, orderNumbers: [orderNumber])[orderNumber]
    }

    /// The rows of the given orders that exist, by order number.
    package func records(store: String, orderNumbers: [String]) throws -> [String: OrderLedgerRecord] {
        guard !orderNumbers.isEmpty else { return [:] }
        return try database.read("read order ledger") { db in
            var found: [String: OrderLedgerRecord] = [:]
            for chunk in orderNumbers.chunks(ofCount: 500).map(Array.init) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchAll(
                    db,
                    sql: "SELECT * FROM order_ledger WHERE store_code = ? AND order_number IN (\(marks))",
                    arguments: StatementArguments([store] + chunk)
                )
                for record in try Self.decode(rows, db: db, store: store) { found[record.orderNumber] = record }
            }
            return found
        }
    }

    /// The store's rows, newest order first, optionally only some statuses and at most `limit`.
    package func list(store: String, statuses: [OrderLedgerRecord.Status]? = nil, limit: Int? = nil) throws
        -> [OrderLedgerRecord]
    {
        try database.read("list order ledger") { db in
            var sql = "SELECT * FROM order_ledger WHERE store_code = ?"
            var arguments: [any DatabaseValueConvertible] = [store]
            if let statuses {
                guard !statuses.isEmpty else { return [] }
                sql += " AND status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ",")))"
                arguments += statuses.map(\.rawValue)
            }
            sql += " ORDER BY order_datetime DESC, order_number DESC"
            if let limit { sql += " LIMIT \(max(0, limit))" }
            let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
            return try Self.decode(rows, db: db, store: store)
        }
    }

    /// Order numbers in the given statuses (e.g. what the job still waits on: pending, held, loading).
    package func orderNumbers(store: String, statuses: [OrderLedgerRecord.Status]) throws -> [String] {
        guard !statuses.isEmpty else { return [] }
        return try database.read("list order numbers") { db in
            let marks = Array(repeating: "?", count: statuses.count).joined(separator: ",")
            return try String.fetchAll(
                db,
                sql:
                    "SELECT order_number FROM order_ledger WHERE store_code = ? AND status IN (\(marks)) ORDER BY order_number",
                arguments: StatementArguments([store] + statuses.map(\.rawValue))
            )
        }
    }

    /// Loaded orders placed since `since`, least recently read first, at most `limit` (the rolling re-read that
    /// notices changes after import).
    package func loadedForRecheck(store: String, placedSince since: Date, limit: Int) throws -> [String] {
        try database.read("list orders to re-read") { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT order_number FROM order_ledger
                    WHERE store_code = ? AND status = 'loaded' AND order_datetime >= ?
                    ORDER BY checked_at, order_number LIMIT ?
                    """,
                arguments: [store, StoredDate.text(since), max(0, limit)]
            )
        }
    }

    /// Order numbers loaded into Smaregi, optionally only those placed since `since` (for the shipping job).
    package func loadedOrderNumbers(store: String, placedSince since: Date? = nil) throws -> [String] {
        try database.read("list loaded orders") { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT order_number FROM order_ledger
                    WHERE store_code = ? AND status = 'loaded' AND (? IS NULL OR order_datetime >= ?)
                    ORDER BY order_number
                    """,
                arguments: [store, since.map(StoredDate.text), since.map(StoredDate.text)]
            )
        }
    }

    /// How many orders are in each status.
    package func statusCounts(store: String) throws -> [OrderLedgerRecord.Status: Int] {
        try database.read("count order ledger") { db in
            var counts: [OrderLedgerRecord.Status: Int] = [:]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT status, COUNT(*) AS n FROM order_ledger WHERE store_code = ? GROUP BY status",
                arguments: [store]
            ) {
                if let status = OrderLedgerRecord.Status(rawValue: try row.string("status")) {
                    counts[status] = try row.int("n")
                }
            }
            return counts
        }
    }
}
