import ArgumentParser
import Foundation
import SyncCore
import SyncJobs
import SyncStore

extension OrdersCommand {
    /// `rakuten-sync orders show N --store S`: one ledger entry with its shipments and report history.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "受注台帳の1件を履歴付きで表示 / One order of the ledger with its history.",
            discussion: """
                Shows what the orders job recorded (status, スマレジ受注ID, reason, attempts, times, units, \\
                destinations), the shipments the shipping job reported, and every row the retained run reports \\
                wrote about the order, oldest first.
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @Argument(help: "楽天の注文番号 / Rakuten order number.") var orderNumber: String

        func run() throws {
            let context = try options.openAdmin()
            let entry = try OrderHistory(database: context.database, reportsPath: context.directory.reportsPath)
                .entry(store: store, orderNumber: orderNumber)
            let record = entry.record
            func time(_ date: Date?) -> String { date.map { JSTCalendar.displayString($0) + " JST" } ?? "-" }
            let fields: [[String]] = [
                ["注文番号 / order", record.orderNumber],
                ["状態 / status", record.status.rawValue],
                ["スマレジ受注ID", record.smaregiOrderID.map(String.init) ?? "-"],
                ["理由 / reason", [record.reasonCode, record.reason].filter { !$0.isEmpty }.joined(separator: " ")],
                ["取込後の通知 / notices", record.noticeCodes.isEmpty ? "-" : record.noticeCodes],
                ["注文日時 / ordered", time(record.orderDate)],
                ["初回取得 / first seen", time(record.firstSeenAt)],
                ["登録 / loaded", time(record.loadedAt)],
                ["最終確認 / last read", time(record.checkedAt)],
                ["最終更新 / last change", time(record.updatedAt)],
                ["登録試行 / attempts", String(record.attempts)],
                [
                    "商品 / units",
                    record.units.map {
                        "\($0.manageNumber)/\($0.variantId.isEmpty ? $0.itemNumber : $0.variantId) ×\($0.units)"
                    }
                    .joined(separator: ", "),
                ],
                [
                    "お届け先 / destinations",
                    record.destinations.map { "\($0.number) → 送付先ID \($0.basketId)" }.joined(separator: ", "),
                ],
            ]
            print(TextTable.render(header: nil, rows: fields.map { [$0[0], $0[1].isEmpty ? "-" : $0[1]] }))
            print("")
            print("発送 / shipments:")
            if entry.shipments.isEmpty { print("  -") }
            for shipment in entry.shipments {
                let tracking = shipment.trackingNumber.isEmpty ? "" : " \(shipment.trackingNumber)"
                let reason = shipment.reasonCode.isEmpty ? "" : " \(shipment.reasonCode)"
                print("  \(shipment.smaregiShipmentID): \(shipment.status.rawValue)\(tracking)\(reason)")
            }
            print("")
            print("レポート履歴 / report history:")
            if entry.reports.isEmpty { print("  - (保存中のレポートに記載なし / no row in the retained reports)") }
            for line in entry.reports {
                print("  \(line.file)  [\(line.severity)] \(line.code): \(line.messageJa)")
                print("      \(line.messageEn)")
            }
        }
    }
}
