import ArgumentParser
import Foundation
import Logging
import SyncCore
import SyncJobs
import SyncStore

/// `rakuten-sync orders`: the order ledger, one order's history, and the explanation of an order fetched from Rakuten
/// or of a saved getOrder response (issues #5, #13 §4).
struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders",
        abstract: "受注取得の台帳と説明 / The order ledger, and why an order imports or not.",
        subcommands: [List.self, Show.self, Explain.self]
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
            _ = try SyncJobsError.database("read store") { try context.stores.get(code: store) }
            let records = try SyncJobsError.database("list order ledger") {
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
            abstract: "注文を楽天から読み(読み取りのみ)、取り込めるか・取込済みかを表示 / Explain an order: fetched from Rakuten "
                + "read-only, or from a saved getOrder response.",
            discussion: """
                --order N (repeatable) reads the order with getOrder (no confirmOrder, nothing written) and explains it \
                with the store's rounding, mappings and ledger: an imported order says so with its スマレジ受注ID.
                --file F explains a saved getOrder response ('-' for standard input) the same way.
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code (its rounding and mappings are used).") var store: String
        @Option(name: .customLong("order"), help: "楽天の注文番号 (repeatable) / Rakuten order number.")
        var orderNumbers: [String] = []
        @Option(help: "getOrder の応答 JSON ('-' for standard input).") var file: String?

        func validate() throws {
            guard orderNumbers.isEmpty != (file == nil) else {
                throw ValidationError("--order か --file のどちらか一方を指定してください / give --order or --file")
            }
            let pattern = /^[0-9]{1,10}-[0-9]{8}-[0-9]{1,10}$/
            for number in orderNumbers where number.wholeMatch(of: pattern) == nil {
                throw ValidationError("注文番号の形式が不正です / not a Rakuten order number: \(number)")
            }
        }

        func run() throws {
            let context = try options.openAdmin()
            let explainer = OrderExplainer(database: context.database)
            guard let file else {
                let result = try explainer.explain(
                    orderNumbers: orderNumbers,
                    store: store,
                    logger: Logger(label: "rakuten-sync.orders-explain")
                )
                for explanation in result.explanations { print(OrdersCommand.render(explanation)) }
                for number in result.missing {
                    print("== \(number): 楽天にありません / not found on Rakuten (getOrder INFO_102, or older than 730 days)")
                }
                if !result.missing.isEmpty { throw ExitCode.failure }
                return
            }
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else if let contents = FileManager.default.contents(atPath: file) {
                data = contents
            } else {
                throw SyncJobsError.invalidInput(field: "--file", problem: "cannot read \(file)")
            }
            for explanation in try explainer.explain(data, store: store) {
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

    /// One explanation as text. The ledger speaks first: an order already in Smaregi is 取込済み, never "would create".
    static func render(_ explanation: OrderExplainer.Explanation) -> String {
        let transformVerdict: String =
            switch explanation.outcome {
            case "ready": "取り込めます / would create this 受注"
            case "pending": "保留 / waits (pending)"
            case "held": "取り込めません / cannot import (held)"
            default: "対象外 / not imported (skipped)"
            }
        let verdict: String
        switch explanation.ledger?.status {
        case .loaded?:
            let id = explanation.ledger?.smaregiOrderID.map(String.init) ?? "?"
            verdict = "取込済み / already imported as スマレジ受注ID \(id)"
        case .loading?:
            verdict = "登録中 / being registered: the next run asks Smaregi for it before creating it"
        default:
            verdict = transformVerdict
        }
        var lines = ["== \(explanation.orderNumber): \(verdict)"]
        if let ledger = explanation.ledger {
            let id = ledger.smaregiOrderID.map { " スマレジ受注ID \($0)" } ?? ""
            lines.append("台帳 / ledger: \(ledger.status.rawValue)\(id) \(ledger.reasonCode)")
            if ledger.status == .loaded || ledger.status == .loading {
                let now: String =
                    switch explanation.outcome {
                    case "ready": "変換できます / converts cleanly"
                    case "pending": "保留の状態です / pending on Rakuten"
                    case "held": "変換できません / would not convert now"
                    default: "対象外の状態です (キャンセルなど) / out of scope now (e.g. cancelled)"
                    }
                lines.append("楽天の現在の内容 / Rakuten's current order: \(now)")
            }
        }
        lines += explanation.draftLines.map { "  \($0)" }
        for row in explanation.rows {
            let sku = row.rakutenSKU.isEmpty ? "" : " [\(row.rakutenSKU)]"
            lines.append("  [\(row.severity.japaneseName)] \(row.code)\(sku): \(row.messageJa)")
            lines.append("      \(row.messageEn)")
            if !row.action.isEmpty { lines.append("      → \(row.action)") }
        }
        return lines.joined(separator: "\n")
    }
}
