import Foundation
import SyncCore
import SyncStore

/// `rakuten-sync orders show N`: one order's ledger entry, its shipments, and what the retained run reports said
/// about it, oldest first (issue #13 §4).
package struct OrderHistory {
    /// One report row that names the order.
    package struct ReportLine: Sendable, Equatable {
        /// The report file, relative to the reports directory (`2026-12-04/orders_main_12.csv`).
        package var file: String
        package var severity: String
        package var code: String
        package var messageJa: String
        package var messageEn: String
    }

    /// Everything known about the order.
    package struct Entry: Sendable, Equatable {
        package var record: OrderLedgerRecord
        package var shipments: [ShipmentRecord]
        package var reports: [ReportLine]
    }

    private let database: SyncDatabase
    private let reportsPath: String

    /// Reads the ledgers of `database` and the reports under `reportsPath`.
    package init(database: SyncDatabase, reportsPath: String) {
        self.database = database
        self.reportsPath = reportsPath
    }

    /// The order's entry; `refused` (exit 1) when the job has never seen it.
    package func entry(store code: String, orderNumber: String) throws(SyncJobsError) -> Entry {
        _ = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: code) }
        guard
            let record = try SyncJobsError.database(
                "read order ledger",
                {
                    try OrderLedger(database: database).record(store: code, orderNumber: orderNumber)
                }
            )
        else {
            throw .refused(
                reason: "注文番号 \(orderNumber) は店舗 \(code) の受注台帳にありません。楽天の内容は "
                    + "`rakuten-sync orders explain --store \(code) --order \(orderNumber)` で確認できます "
                    + "(order \(orderNumber) is not in the ledger of store \(code); the orders job has not seen it)"
            )
        }
        let shipments = try SyncJobsError.database("read shipment ledger") {
            try ShipmentLedger(database: database).list(store: code).filter { $0.orderNumber == orderNumber }
        }
        return Entry(record: record, shipments: shipments, reports: reportLines(store: code, orderNumber: orderNumber))
    }

    /// Rows of the store's retained reports whose order-number column is `orderNumber`, oldest file first.
    func reportLines(store: String, orderNumber: String) -> [ReportLine] {
        let manager = FileManager.default
        guard let files = manager.enumerator(atPath: reportsPath)?.compactMap({ $0 as? String }) else { return [] }
        let mine = files.filter { $0.hasSuffix(".csv") && $0.contains("_\(store)_") }.sorted()
        let orderColumn = ReportCSV.Column.rakutenOrderNumber.index
        var lines: [ReportLine] = []
        for file in mine {
            guard let data = manager.contents(atPath: reportsPath + "/" + file), data.count < 50_000_000 else {
                continue
            }
            var text = String(decoding: data, as: UTF8.self)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            guard text.contains(orderNumber), let records = try? CSVReader.records(text) else { continue }
            for record in records.dropFirst(ReportCSV.headerLineCount) where record.fields.count > orderColumn {
                let fields = record.fields
                guard fields[orderColumn] == orderNumber else { continue }
                func cell(_ column: ReportCSV.Column) -> String {
                    column.index < fields.count ? fields[column.index] : ""
                }
                lines.append(
                    ReportLine(
                        file: file,
                        severity: cell(.severity),
                        code: cell(.code),
                        messageJa: cell(.messageJa),
                        messageEn: cell(.messageEn)
                    )
                )
            }
        }
        return lines
    }
}
