import ArgumentParser
import Foundation
import Logging
import SyncCore
import SyncJobs

/// `rakuten-sync payment`: 支払方法連携, Rakuten settlement methods ↔ Smaregi payment methods.
struct PaymentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment",
        abstract: "支払方法連携 / Payment-method mappings: Rakuten settlement → Smaregi payment method.",
        subcommands: [Sync.self, List.self, Set.self, Unset.self]
    )

    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "【スマレジ支払方法同期】 / Pull the Smaregi payment methods into the database."
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String

        func run() throws {
            let context = try options.openAdmin()
            let methods = try PaymentMappingAdmin(
                database: context.database,
                logger: Logger(label: "rakuten-sync.payment"),
                clock: context.clock
            )
            .sync(store: store)
            print("スマレジ支払方法を同期しました / synced \(methods.count) Smaregi payment method(s)")
            print(
                TextTable.render(
                    header: ["ID", "コード / code", "名称 / name"],
                    rows: methods.map { [String($0.id), $0.code, $0.name] }
                )
            )
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "支払方法連携一覧 / Every Rakuten settlement method with its Smaregi method or 未設定."
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String

        func run() throws {
            let context = try options.openAdmin()
            let lines = try PaymentMappingAdmin(
                database: context.database,
                logger: Logger(label: "rakuten-sync.payment")
            )
            .list(store: store)
            print(
                TextTable.render(
                    header: ["楽天 / Rakuten", "名称 / name", "スマレジ支払方法 / Smaregi"],
                    rows: lines.map { line in
                        [line.rakuten.key, line.rakuten.name, Self.describe(line.smaregi)]
                    }
                )
            )
        }

        static func describe(_ method: PaymentMethodEntry?) -> String {
            guard let method else { return "未設定 (not set)" }
            if method.name.isEmpty { return "\(method.id) (同期済み一覧にありません / not in the synced list)" }
            return "\(method.id) \(method.name)"
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "支払方法連携を設定 / Map a Rakuten settlement method to a Smaregi payment method.",
            discussion: """
                --rakuten takes a settlement code (1, 2, 9 ...) or name (クレジットカード), or 楽天ポイント / POINT, \
                楽天クーポン / COUPON. --smaregi takes a synced payment method id or name (run payment sync first).
                Example: rakuten-sync payment set --store main --rakuten クレジットカード --smaregi 2
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @Option(help: "Rakuten settlement method: code or name, POINT, COUPON.") var rakuten: String
        @Option(help: "Smaregi payment method: id or name.") var smaregi: String

        func run() throws {
            let context = try options.openAdmin()
            let line = try PaymentMappingAdmin(
                database: context.database,
                logger: Logger(label: "rakuten-sync.payment"),
                clock: context.clock
            )
            .set(store: store, rakuten: rakuten, smaregi: smaregi)
            print(
                "支払方法連携を設定しました / set: \(line.rakuten.key) \(line.rakuten.name) → \(List.describe(line.smaregi))"
            )
        }
    }

    struct Unset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "支払方法連携を解除 / Remove the Smaregi payment method of a Rakuten settlement method.",
            discussion: """
                Orders paid that way are held again (未設定) until a method is set. Example:
                rakuten-sync payment unset --store main --rakuten 代金引換
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @Option(help: "Rakuten settlement method: code or name, POINT, COUPON.") var rakuten: String

        func run() throws {
            let context = try options.openAdmin()
            let result = try PaymentMappingAdmin(
                database: context.database,
                logger: Logger(label: "rakuten-sync.payment")
            )
            .unset(store: store, rakuten: rakuten)
            let name = "\(result.method.key) \(result.method.name)"
            print(
                result.removed
                    ? "支払方法連携を解除しました / unset: \(name) → 未設定 (not set)"
                    : "支払方法連携はもともと未設定です / was not set: \(name)"
            )
        }
    }
}
