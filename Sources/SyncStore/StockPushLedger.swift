import Algorithms
import Foundation
import GRDB

/// Reads and writes `stock_pushes` (v4-stock): what the stock job last pushed per SKU, so a push is repeated
/// only when the value differs (design.md §5), and the per-order units it holds back (issue #6).
package struct StockPushLedger: Sendable {
    let database: SyncDatabase

    /// A ledger over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Every row of the store.
    package func all(store: String) throws -> [StockPushRecord] {
        try database.read("read stock pushes") { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM stock_pushes WHERE store_code = ? ORDER BY manage_number, variant_id",
                arguments: [store]
            ).map(Self.decode)
        }
    }

    /// The row of one SKU, or nil when nothing was pushed for it yet.
    package func record(store: String, manageNumber: String, variantId: String) throws -> StockPushRecord? {
        try database.read("read stock push") { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM stock_pushes WHERE store_code = ? AND manage_number = ? AND variant_id = ?",
                arguments: [store, manageNumber, variantId]
            ).map(Self.decode)
        }
    }

    /// Records quantities Rakuten accepted (one transaction; call only after the bulk-upsert returned 204).
    package func recordPushed(store: String, _ records: [StockPushRecord]) throws {
        guard !records.isEmpty else { return }
        try database.write("record stock pushes") { db in
            let statement = try db.makeStatement(
                sql: """
                    INSERT INTO stock_pushes
                      (store_code, manage_number, variant_id, product_id, quantity, smaregi_stock, pending, pushed_at, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (store_code, manage_number, variant_id) DO UPDATE SET
                      product_id = excluded.product_id, quantity = excluded.quantity,
                      smaregi_stock = excluded.smaregi_stock, pending = excluded.pending,
                      pushed_at = excluded.pushed_at, run_id = excluded.run_id
                    """
            )
            for record in records {
                try statement.execute(arguments: [
                    store, record.manageNumber, record.variantId, record.productId, record.quantity,
                    record.smaregiStock, record.pending, StoredDate.text(record.pushedAt), record.runID,
                ])
            }
        }
    }

    /// Updates the Smaregi stock and pending units of SKUs a run planned but did not need to push (the
    /// quantity and push time stay); SKUs without a row are left alone.
    package func recordSeen(store: String, _ records: [StockPushRecord]) throws {
        guard !records.isEmpty else { return }
        try database.write("record stock seen") { db in
            let statement = try db.makeStatement(
                sql: """
                    UPDATE stock_pushes SET smaregi_stock = ?, pending = ?
                    WHERE store_code = ? AND manage_number = ? AND variant_id = ? AND product_id = ?
                    """
            )
            for record in records {
                try statement.execute(arguments: [
                    record.smaregiStock, record.pending, store, record.manageNumber, record.variantId, record.productId,
                ])
            }
        }
    }

    /// Forgets the rows of the given SKUs (`(manageNumber, variantId)`): what Rakuten holds for them is unknown
    /// (it refused the last push), so the next run plans and pushes them again.
    package func forget(store: String, skus: [(manageNumber: String, variantId: String)]) throws {
        guard !skus.isEmpty else { return }
        try database.write("forget stock pushes") { db in
            for sku in skus {
                try db.execute(
                    sql: "DELETE FROM stock_pushes WHERE store_code = ? AND manage_number = ? AND variant_id = ?",
                    arguments: [store, sku.manageNumber, sku.variantId]
                )
            }
        }
    }

    /// Forgets every row of the store (the next run pushes every mapped SKU again).
    package func removeAll(store: String) throws {
        try database.write("remove stock pushes") { db in
            try db.execute(sql: "DELETE FROM stock_pushes WHERE store_code = ?", arguments: [store])
        }
    }

    /// Units per SKU of each order taken on Rakuten but possibly not in the Smaregi stock the job read, keyed by
    /// order number: order ledger status pending, held or loading, or loaded at or after `loadedSince` (the
    /// moment the job started reading Smaregi: a 受注 registered later may not have lowered the stock it read).
    package func pendingOrderUnits(store: String, loadedSince: Date? = nil) throws -> [String: [OrderLedgerRecord
        .Units]]
    {
        try database.read("read pending order units") { db in
            var byOrder: [String: [OrderLedgerRecord.Units]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT u.order_number, u.manage_number, u.variant_id, u.item_number, u.units
                    FROM order_units u JOIN order_ledger l
                      ON l.store_code = u.store_code AND l.order_number = u.order_number
                    WHERE u.store_code = ? AND (l.status IN ('pending', 'held', 'loading')
                      OR (l.status = 'loaded' AND ? IS NOT NULL AND (l.loaded_at IS NULL OR l.loaded_at >= ?)))
                    """,
                arguments: [store, loadedSince.map(StoredDate.text), loadedSince.map(StoredDate.text)]
            ) {
                byOrder[try row.string("order_number"), default: []].append(
                    OrderLedgerRecord.Units(
                        manageNumber: try row.string("manage_number"),
                        variantId: try row.string("variant_id"),
                        itemNumber: try row.string("item_number"),
                        units: try row.int("units")
                    )
                )
            }
            return byOrder
        }
    }

    /// The SKUs of loaded orders carrying the after-import notice `notice` (the orders job's
    /// `ORDER_CANCELLED_AFTER_IMPORT`) updated since `since`, with when the notice was recorded (`updated_at`).
    /// The notices of each candidate order are read and compared whole (`OrderLedgerRecord.notices`), never
    /// pattern-matched in the joined text.
    package func noticedOrderUnits(store: String, notice: String, since: Date) throws -> [(
        manageNumber: String, variantId: String, noticedAt: Date
    )] {
        try database.read("read cancelled order units") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT u.manage_number, u.variant_id, l.updated_at, l.notice_codes
                    FROM order_units u JOIN order_ledger l
                      ON l.store_code = u.store_code AND l.order_number = u.order_number
                    WHERE u.store_code = ? AND l.status = 'loaded' AND l.updated_at >= ? AND l.notice_codes != ''
                    """,
                arguments: [store, StoredDate.text(since)]
            ).filter { row in
                OrderLedgerRecord.notices(storedText: try row.string("notice_codes")).contains(notice)
            }.map { row in
                (
                    try row.string("manage_number"), try row.string("variant_id"),
                    try row.date("updated_at", table: "order_ledger")
                )
            }
        }
    }

    /// Order numbers the order ledger knows for the store, among `orderNumbers`.
    package func knownOrderNumbers(store: String, among orderNumbers: [String]) throws -> Set<String> {
        guard !orderNumbers.isEmpty else { return [] }
        return try database.read("read known orders") { db in
            var known: Set<String> = []
            for chunk in orderNumbers.chunks(ofCount: 500).map(Array.init) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                known.formUnion(
                    try String.fetchAll(
                        db,
                        sql:
                            "SELECT order_number FROM order_ledger WHERE store_code = ? AND order_number IN (\(marks))",
                        arguments: StatementArguments([store] + chunk)
                    )
                )
            }
            return known
        }
    }

    private static func decode(_ row: Row) throws -> StockPushRecord {
        StockPushRecord(
            manageNumber: try row.string("manage_number"),
            variantId: try row.string("variant_id"),
            productId: try row.int("product_id"),
            quantity: try row.int("quantity"),
            smaregiStock: try row.int("smaregi_stock"),
            pending: try row.int("pending"),
            pushedAt: try row.date("pushed_at", table: "stock_pushes"),
            runID: try row.int64("run_id")
        )
    }
}
