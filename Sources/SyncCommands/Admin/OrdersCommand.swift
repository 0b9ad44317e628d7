import ArgumentParser
import Foundation
import SyncCore
import SyncJobs
import SyncStore

/// `rakuten-sync orders`: the order ledger and the offline explanation of a getOrder response (issue #5).
struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders",
        abstract: "受注取得の台帳と説明 / The order ledger, and why an order imports or not.",
        subcommands: [List.self, Explain.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "受注台帳 / The orders the job has seen, newest first, with their status and Smaregi 受注ID."
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @Option(
            help:
                "pending (保留: pending + loading), error (エラー: held), loaded (取込済), skipped (対象外), or a ledger status."
        )
        var status: String?
        @Option(help: "最大件数 / at most this many rows.") var limit: Int = 200

        func validate() throws {
            if let status, OrdersCommand.statuses(for: status) == nil {
                throw ValidationError("unknown --status \(status): pending, error, loaded, skipped, held, loading")
            }
        }

        func run() throws {
            let context = try options.openAdmin()
            _ = try SyncJobsError.store("read store") { try context.stores.get(code: store) }
            let records = try SyncJobsError.store("list order ledger") {
                try OrderLedger(database: context.database).list(
                    store: store,
                    statuses: status.flatMap(OrdersCommand.statuses(for:)),
                    limit: limit
                )
            }
            print(
                TextTable.render(
                    header: ["注文番号 / order", "注文日時 (JST)", "状態 / status", "受注ID", "理由 / reason"],
                    rows: records.map { record in
                        [
                            record.orderNumber,
                            record.orderDate.map(JSTCalendar.displayString) ?? "-",
                            record.status.rawValue,
                            record.smaregiOrderID.map { String($0) } ?? "-",
                            [record.reasonCode, record.noticeCodes].filter { !$0.isEmpty }.joined(separator: " "),
                        ]
                    }
                )
            )
            print("\(records.count) 件 / order(s)")
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "保存した getOrder の応答を変換し、作成される受注または取り込めない理由を表示 / Explain a saved getOrder response."
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code (its rounding and mappings are used).") var store: String
        @Option(help: "getOrder の応答 JSON ('-' for standard input).") var file: String

        func run() throws {
            let context = try options.openAdmin()
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else if let contents = FileManager.default.contents(atPath: file) {
                data = contents
            } else {
                throw SyncJobsError.invalidInput(field: "--file", problem: "cannot read \(file)")
            }
            let explanations = try OrderExplainer(database: context.database).explain(data, store: store)
            for explanation in explanations {
                print(OrdersCommand.render(explanation))
            }
        }
    }

    /// The ledger statuses a `--status` word lists.
    static func statuses(for word: String) -> [OrderLedgerRecord.Status]? {
        switch word {
        case "pending": [.pending, .loading]
        case "error": [.held]
        default: OrderLedgerRecord.Status(rawValue: word).map { [$0] }
        }
    }

    /// One explanation as text.
    static func render(_ explanation: OrderExplainer.Explanation) -> String {
        let verdict: String =
            switch explanation.outcome {
            case "ready": "取り込めます / would create this 受注"
            case "pending": "保留 / waits (pending)"
            case "held": "取り込めません / cannot import (held)"
            default: "対象外 / not imported (skipped)"
            }
        var lines = ["== \(explanation.orderNumber): \(verdict)"]
        if let ledger = explanation.ledger {
            let id = ledger.smaregiOrderID.map { " スマレジ受注ID \($0)" } ?? ""
            lines.append("台帳 / ledger: \(ledger.status.rawValue)\(id) \(ledger.reasonCode)")
        }
        lines += explanation.draftLines.map { "  \($0)" }
        for row in explanation.rows {
            let sku = row.rakutenSKU.isEmpty ? "" : " [\(row.rakutenSKU)]"
            lines.append("  [\(row.severity.rawValue)] \(row.code)\(sku): \(row.messageJa)")
            lines.append("      \(row.messageEn)")
            if !row.action.isEmpty { lines.append("      → \(row.action)") }
        }
        return lines.joined(separator: "\n")
    }
}
