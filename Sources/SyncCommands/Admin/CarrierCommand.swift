import ArgumentParser
import Foundation
import SyncCore
import SyncJobs
import SyncStore

/// `rakuten-sync carrier`: the merchant's own Smaregi carrier names → Rakuten delivery-company codes (issue #7).
struct CarrierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carrier",
        abstract: "配送会社の対応 / Smaregi carrier names → Rakuten deliveryCompany codes.",
        subcommands: [Set.self, List.self, Remove.self]
    )

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "配送会社名を楽天の配送会社コードに対応付け / Map a Smaregi carrier name to a Rakuten code.",
            discussion: """
                --rakuten takes a code of 1000…1031 (1000 その他, 1001 ヤマト運輸, 1002 佐川急便, 1003 日本郵便 …).
                The merchant's names win over the built-in table. Example:
                rakuten-sync carrier set --store main --smaregi ハト急便 --rakuten 1002
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @Option(help: "スマレジの配送会社名 (as the warehouse types it).") var smaregi: String
        @Option(help: "楽天の配送会社コード (1000…1031).") var rakuten: String

        func validate() throws {
            guard !smaregi.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--smaregi must not be empty")
            }
            guard CarrierTable.isKnownCode(rakuten) else {
                throw ValidationError("--rakuten must be a Rakuten delivery-company code 1000…1031, got '\(rakuten)'")
            }
        }

        func run() throws {
            let context = try options.openAdmin()
            let name = smaregi.trimmingCharacters(in: .whitespaces)
            try SyncJobsError.database("set carrier mapping") {
                try ShipmentCarrierRepository(database: context.database)
                    .set(store: store, smaregiName: name, deliveryCompany: rakuten, at: context.clock())
            }
            print("配送会社を設定しました / set: \(name) → \(rakuten) \(CarrierTable.rakutenNames[rakuten] ?? "")")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "店舗の配送会社対応一覧 / The store's own carrier names (the built-in table applies otherwise)."
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String

        func run() throws {
            let context = try options.openAdmin()
            let mappings = try SyncJobsError.database("read carrier mappings") {
                _ = try context.stores.get(code: store)
                return try ShipmentCarrierRepository(database: context.database).all(store: store)
            }
            print(
                TextTable.render(
                    header: ["スマレジ / Smaregi", "楽天コード / code", "楽天名称 / Rakuten name"],
                    rows: mappings.sorted { $0.key < $1.key }.map {
                        [$0.key, $0.value, CarrierTable.rakutenNames[$0.value] ?? ""]
                    }
                )
            )
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "店舗の配送会社対応を削除 / Remove one of the store's carrier names (the built-in table applies again).",
            discussion: "Example: rakuten-sync carrier remove --store main --smaregi ハト急便"
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @Option(help: "スマレジの配送会社名 (as `carrier list` shows it).") var smaregi: String

        func run() throws {
            let context = try options.openAdmin()
            let name = smaregi.trimmingCharacters(in: .whitespaces)
            let removed = try SyncJobsError.database("remove carrier mapping") {
                _ = try context.stores.get(code: store)
                return try ShipmentCarrierRepository(database: context.database).remove(store: store, smaregiName: name)
            }
            guard removed else {
                throw SyncJobsError.refused(
                    reason: "配送会社「\(name)」は店舗 \(store) に登録されていません (no carrier name '\(name)' for store "
                        + "\(store); see `rakuten-sync carrier list --store \(store)`)"
                )
            }
            print("配送会社の対応を削除しました / removed: \(name)")
        }
    }
}
