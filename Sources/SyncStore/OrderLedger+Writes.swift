import Foundation
import GRDB

extension OrderLedger {
    /// Writes `record` (insert or replace) with its units, in one transaction; throws `unknownStore`.
    ///
    /// The orders job calls this before 受注登録 (`loading`) and after it (`loaded`), so a crash at any point
    /// leaves the ledger saying what may have happened (design.md §5).
    package func save(_ record: OrderLedgerRecord) throws {
        try save([record])
    }

    /// Writes several records in one transaction (one fsync for a whole batch of decisions).
    package func save(_ records: [OrderLedgerRecord]) throws {
        guard !records.isEmpty else { return }
        try database.write("write order ledger") { db in
            for store in Set(records.map(\.storeCode)) where try !StoreRepository.exists(db, code: store) {
                throw SyncStoreError.unknownStore(code: store)
            }
            for record in records { try Self.write(record, db: db) }
        }
    }

    /// Marks orders as read from Rakuten at `now` (the rolling re-read of loaded orders).
    package func markChecked(store: String, orderNumbers: [String], at now: Date) throws {
        guard !orderNumbers.isEmpty else { return }
        try database.write("mark orders read") { db in
            for number in orderNumbers {
                try db.execute(
                    sql: "UPDATE order_ledger SET checked_at = ? WHERE store_code = ? AND order_number = ?",
                    arguments: [StoredDate.text(now), store, number]
                )
            }
        }
    }

    private static func write(_ record: OrderLedgerRecord, db: Database) throws {
        let destinations = String(decoding: try JSONEncoder().encode(record.destinations), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT INTO order_ledger (
                    store_code, order_number, status, payload_hash, seen_hash, order_datetime, progress,
                    smaregi_order_id, destinations, reason_code, reason, notice_codes, attempts, first_seen_at,
                    updated_at, checked_at, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (store_code, order_number) DO UPDATE SET
                    status = excluded.status, payload_hash = excluded.payload_hash, seen_hash = excluded.seen_hash,
                    order_datetime = excluded.order_datetime, progress = excluded.progress,
                    smaregi_order_id = excluded.smaregi_order_id, destinations = excluded.destinations,
                    reason_code = excluded.reason_code, reason = excluded.reason,
                    notice_codes = excluded.notice_codes, attempts = excluded.attempts,
                    updated_at = excluded.updated_at, checked_at = excluded.checked_at,
                    loaded_at = excluded.loaded_at
                """,
            arguments: [
                record.storeCode, record.orderNumber, record.status.rawValue, record.payloadHash, record.seenHash,
                record.orderDate.map(StoredDate.text), record.progress, record.smaregiOrderID, destinations,
                record.reasonCode, record.reason, record.noticeCodes, record.attempts,
                StoredDate.text(record.firstSeenAt), StoredDate.text(record.updatedAt),
                StoredDate.text(record.checkedAt), record.loadedAt.map(StoredDate.text),
            ]
        )
        try db.execute(
            sql: "DELETE FROM order_units WHERE store_code = ? AND order_number = ?",
            arguments: [record.storeCode, record.orderNumber]
        )
        var merged: [OrderLedgerRecord.Units] = []
        for unit in record.units {
            if let index = merged.firstIndex(where: {
                $0.manageNumber == unit.manageNumber && $0.variantId == unit.variantId
                    && $0.itemNumber == unit.itemNumber
            }) {
                merged[index].units += unit.units
            } else {
                merged.append(unit)
            }
        }
        for unit in merged {
            try db.execute(
                sql: """
                    INSERT INTO order_units (store_code, order_number, manage_number, variant_id, item_number, units)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    record.storeCode, record.orderNumber, unit.manageNumber, unit.variantId, unit.itemNumber,
                    unit.units,
                ]
            )
        }
    }

    /// Decodes ledger rows with their units.
    static func decode(_ rows: [Row], db: Database, store: String) throws -> [OrderLedgerRecord] {
        var records: [OrderLedgerRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows {
            let statusText = try row.string("status")
            guard let status = OrderLedgerRecord.Status(rawValue: statusText) else {
                throw SyncStoreError.invalidStoredValue(table: "order_ledger", column: "status", value: statusText)
            }
            let destinationsText = try row.string("destinations")
            let destinations: [OrderLedgerRecord.Destination]
            do {
                destinations = try JSONDecoder().decode(
                    [OrderLedgerRecord.Destination].self,
                    from: Data(destinationsText.utf8)
                )
            } catch {
                throw SyncStoreError.invalidStoredValue(
                    table: "order_ledger",
                    column: "destinations",
                    value: destinationsText
                )
            }
            let number = try row.string("order_number")
            let units = try Row.fetchAll(
                db,
                sql: """
                    SELECT manage_number, variant_id, item_number, units FROM order_units
                    WHERE store_code = ? AND order_number = ? ORDER BY manage_number, variant_id, item_number
                    """,
                arguments: [store, number]
            ).map {
                OrderLedgerRecord.Units(
                    manageNumber: try $0.string("manage_number"),
                    variantId: try $0.string("variant_id"),
                    itemNumber: try $0.string("item_number"),
                    units: try $0.int("units")
                )
            }
            records.append(
                OrderLedgerRecord(
                    storeCode: try row.string("store_code"),
                    orderNumber: number,
                    status: status,
                    payloadHash: try row.string("payload_hash"),
                    seenHash: try row.string("seen_hash"),
                    orderDate: try row.optionalDate("order_datetime", table: "order_ledger"),
                    progress: try row.int("progress"),
                    smaregiOrderID: try row.decode(Int?.self, forColumn: "smaregi_order_id"),
                    destinations: destinations,
                    reasonCode: try row.string("reason_code"),
                    reason: try row.string("reason"),
                    notices: OrderLedgerRecord.notices(storedText: try row.string("notice_codes")),
                    attempts: try row.int("attempts"),
                    firstSeenAt: try row.date("first_seen_at", table: "order_ledger"),
                    updatedAt: try row.date("updated_at", table: "order_ledger"),
                    checkedAt: try row.date("checked_at", table: "order_ledger"),
                    loadedAt: try row.optionalDate("loaded_at", table: "order_ledger"),
                    units: units
                )
            )
        }
        return records
    }
}
