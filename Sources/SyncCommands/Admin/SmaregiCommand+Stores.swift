import ArgumentParser
import Logging
import SyncJobs
import SyncStore

extension SmaregiCommand {
    /// `rakuten-sync smaregi stores --store S`: the contract's stores, their kind, and each 受注店舗's allocation store.
    struct Stores: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "スマレジの店舗一覧 / The Smaregi contract's stores: 通常店舗, 倉庫 and 受注店舗.",
            discussion: """
                For a 受注店舗 it shows the store its 受注 allocate stock from (在庫引当元), and marks the stores this \
                rakuten-sync store uses as 受注店舗 and 在庫店舗. Choose them with
                rakuten-sync store set --store S --smaregi-order-store ID --smaregi-stock-store ID
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String

        func run() throws {
            let context = try options.openAdmin()
            let (record, entries) = try SmaregiStoreDirectory(
                database: context.database,
                logger: Logger(label: "rakuten-sync.smaregi-stores")
            )
            .stores(storeCode: store)
            let names = Dictionary(entries.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let rows = entries.map { entry in
                var roles: [String] = []
                if String(entry.id) == record.smaregiOrderStoreID { roles.append("受注店舗 / order store") }
                if String(entry.id) == record.smaregiStockStoreID { roles.append("在庫店舗 / stock store") }
                let allocation: String =
                    switch (entry.kind, entry.stockStoreID) {
                    case (.order, let id?): "\(id) \(names[id] ?? "(不明 / unknown)")"
                    case (.order, nil): "APIに表示なし / not reported"
                    default: "-"
                    }
                return [
                    String(entry.id), entry.code, entry.name,
                    entry.kind.japaneseName + (entry.isPaused ? " (休止中 / paused)" : ""), allocation,
                    roles.isEmpty ? "-" : roles.joined(separator: ", "),
                ]
            }
            print(
                TextTable.render(
                    header: [
                        "ID", "コード / code", "店舗名 / name", "種別 / kind", "在庫引当元 / allocates from",
                        "\(record.code) での役割 / role",
                    ],
                    rows: rows
                )
            )
            print("\(entries.count) 店舗 / store(s)")
        }
    }
}
