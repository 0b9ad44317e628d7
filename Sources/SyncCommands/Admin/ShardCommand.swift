import ArgumentParser
import SyncCore
import SyncJobs
import SyncStore

/// `rakuten-sync shard ...`: this host's shard and what moves when the shard count changes (docs/scaling.md).
struct ShardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shard",
        abstract: "シャード / This host's shard K/N (K 0-based, like JOB_COMPLETION_INDEX) and shard moves.",
        discussion: """
            Jobs started without --store run only the stores of this host's shard: --shard K/N, else \
            RAKUTEN_SYNC_SHARD=K/N, else JOB_COMPLETION_INDEX=K with RAKUTEN_SYNC_SHARDS=N, else this setting. \
            A store belongs to the shard of its Smaregi 契約ID (its store code without one).
            """,
        subcommands: [Show.self, Set.self, Unset.self, Plan.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "このホストのシャード / Show this host's shard.")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try options.openAdmin()
            let display = try ShardDisplay(context: context)
            print("shard = \(display.host.map { "\($0)" } ?? "未設定 / not set (every store)")  # \(display.source)")
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "シャードを設定 / Set this host's shard, e.g. `shard set 0/2`."
        )
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp("K/N, K 0-based (0/2 and 1/2 for two hosts).", valueName: "K/N"))
        var shard: String

        func validate() throws {
            do {
                _ = try ShardSpec(parsing: shard)
            } catch {
                throw ValidationError(error.description)
            }
        }

        func run() throws {
            let context = try options.openAdmin()
            let spec = try ShardSelection.parse(shard, field: "shard")
            try SyncJobsError.database("write setting") { try context.settings.set(spec.description, for: .shard) }
            print("shard = \(spec)")
        }
    }

    struct Unset: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "シャード設定を削除 / Run every store again.")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try options.openAdmin()
            try SyncJobsError.database("write setting") { try context.settings.set(nil, for: .shard) }
            print("shard = 未設定 / not set (every store)")
        }
    }

    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "シャード数変更の移動計画 / Which stores of this host move when the shard count becomes M.",
            discussion: """
                Run it on every host. Each store marked 移動 / MOVE is moved with \
                `rakuten-sync store export CODE --to FILE` here and `rakuten-sync store import FILE` on the host \
                of its new shard; then `shard set K/M` on every host.
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(name: .customLong("shards"), help: "The new shard count M.") var shards: Int

        func run() throws {
            let context = try options.openAdmin()
            let display = try ShardDisplay(context: context)
            let stores = try SyncJobsError.database("list stores") { try context.stores.list() }
            let plan: ShardPlan
            do {
                plan = try ShardPlan(
                    stores: stores.map { ($0.code, $0.smaregiContractID) },
                    current: display.host,
                    newCount: shards
                )
            } catch {
                throw ValidationError(error.description)
            }
            let after = plan.hostAfter.map { "\($0)" } ?? "なし / none (this host goes away: every store moves)"
            print("このホスト / this host: \(plan.current) → \(after)")
            let rows = plan.stores.map { move in
                [
                    move.storeCode, move.key, "\(plan.current)", "\(move.target)/\(plan.newCount)",
                    move.moves ? "移動 / MOVE → shard \(move.target)" : "残る / stays",
                ]
            }
            print(TextTable.render(header: ["code", "key", "now", "after", ""], rows: rows))
            let moving = plan.stores.filter(\.moves).count
            print("移動 / moving: \(moving) / \(plan.stores.count)")
        }
    }
}
