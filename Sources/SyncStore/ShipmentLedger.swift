import Algorithms
import Foundation
import GRDB

/// Reads and writes the shipment ledger (`shipment_ledger`): the shipping job's memory of every Smaregi shipment
/// it has seen (issue #7, design.md §5).
package struct ShipmentLedger: Sendable {
    let database: SyncDatabase

    /// A ledger over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// The rows of the given shipments that exist.
    package func records(store: String, keys: [ShipmentKey]) throws -> [ShipmentKey: ShipmentRecord] {
        guard !keys.isEmpty else { return [:] }
        let orderIDs = Array(Set(keys.map(\.smaregiOrderID))).sorted()
        return try database.read("read shipment ledger") { db in
            var found: [ShipmentKey: ShipmentRecord] = [:]
            for chunk in orderIDs.chunks(ofCount: 500).map(Array.init) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchAll(
                    db,
                    sql: "SELECT * FROM shipment_ledger WHERE store_code = ? AND smaregi_order_id IN (\(marks))",
                    arguments: StatementArguments([store as any DatabaseValueConvertible] + chunk)
                )
                for row in rows {
                    let record = try Self.decode(row)
                    found[record.key] = record
                }
            }
            let wanted = Set(keys)
            return found.filter { wanted.contains($0.key) }
        }
    }

    /// The store's rows, optionally only some statuses, oldest first.
    package func list(store: String, statuses: [ShipmentRecord.Status]? = nil) throws -> [ShipmentRecord] {
        try database.read("list shipment ledger") { db in
            var sql = "SELECT * FROM shipment_ledger WHERE store_code = ?"
            var arguments: [any DatabaseValueConvertible] = [store]
            if let statuses {
                guard !statuses.isEmpty else { return [] }
                sql += " AND status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ",")))"
                arguments += statuses.map(\.rawValue)
            }
            sql += " ORDER BY created_at, order_number, smaregi_shipment_id"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(Self.decode)
        }
    }

    /// Writes the records (insert or replace) in one transaction; throws `unknownStore`.
    package func save(_ records: [ShipmentRecord]) throws {
        guard !records.isEmpty else { return }
        try database.write("write shipment ledger") { db in
            for store in Set(records.map(\.storeCode)) where try !StoreRepository.exists(db, code: store) {
                throw SyncStoreError.unknownStore(code: store)
            }
            for record in records {
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO shipment_ledger (
                            store_code, order_number, smaregi_order_id, smaregi_shipment_id, destination_number,
                            basket_id, status, shipping_detail_id, carrier_name, delivery_company, tracking_number,
                            ship_date, request_id, reason_code, reason, attempts, created_at, updated_at, reported_at
                        ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        record.storeCode, record.orderNumber, record.smaregiOrderID, record.smaregiShipmentID,
                        record.destinationNumber, record.basketId, record.status.rawValue, record.shippingDetailId,
                        record.carrierName, record.deliveryCompany, record.trackingNumber, record.shipDate,
                        record.requestId, record.reasonCode, record.reason, record.attempts,
                        StoredDate.text(record.createdAt), StoredDate.text(record.updatedAt),
                        record.reportedAt.map(StoredDate.text),
                    ]
                )
            }
        }
    }

    /// How many shipments are in each status.
    package func statusCounts(store: String) throws -> [ShipmentRecord.Status: Int] {
        try database.read("count shipment ledger") { db in
            var counts: [ShipmentRecord.Status: Int] = [:]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT status, COUNT(*) AS n FROM shipment_ledger WHERE store_code = ? GROUP BY status",
                arguments: [store]
            ) {
                if let status = ShipmentRecord.Status(rawValue: try row.string("status")) {
                    counts[status] = try row.int("n")
                }
            }
            return counts
        }
    }

    private static func decode(_ row: Row) throws -> ShipmentRecord {
        let table = "shipment_ledger"
        let statusText = try row.string("status")
        guard let status = ShipmentRecord.Status(rawValue: statusText) else {
            throw SyncStoreError.invalidStoredValue(table: table, column: "status", value: statusText)
        }
        return ShipmentRecord(
            storeCode: try row.string("store_code"),
            orderNumber: try row.string("order_number"),
            smaregiOrderID: try row.int("smaregi_order_id"),
            smaregiShipmentID: try row.string("smaregi_shipment_id"),
            destinationNumber: try row.decode(Int?.self, forColumn: "destination_number"),
            basketId: try row.decode(Int64?.self, forColumn: "basket_id"),
            status: status,
            shippingDetailId: try row.decode(Int64?.self, forColumn: "shipping_detail_id"),
            carrierName: try row.string("carrier_name"),
            deliveryCompany: try row.string("delivery_company"),
            trackingNumber: try row.string("tracking_number"),
            shipDate: try row.string("ship_date"),
            requestId: try row.string("request_id"),
            reasonCode: try row.string("reason_code"),
            reason: try row.string("reason"),
            attempts: try row.int("attempts"),
            createdAt: try row.date("created_at", table: table),
            updatedAt: try row.date("updated_at", table: table),
            reportedAt: try row.optionalDate("reported_at", table: table)
        )
    }
}
