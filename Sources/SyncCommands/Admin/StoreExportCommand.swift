import ArgumentParser
import SyncJobs
import SyncStore

/// `rakuten-sync store export CODE --to FILE`: a store's whole state in one file, for moving it to another shard.
struct StoreExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "店舗データを書き出し、このホストから削除 / Export a store's whole state and remove it here (a move).",
        discussion: """
            Writes the store row, its product / payment / carrier mappings, the order, shipment and stock ledgers, \
            watermarks, alert ledger and run history to FILE (mode 0600: it holds the store's secrets), then \
            removes the store here while holding every job's lock of it, so it runs on no host until \
            `rakuten-sync store import FILE` on the host of its shard. --keep exports without removing (a copy).
            """
    )
    @OptionGroup var options: GlobalOptions
    @Argument(help: "店舗コード / store code.") var code: String
    @Option(name: .customLong("to"), help: ArgumentHelp("The file to write.", valueName: "file")) var path: String
    @Flag(help: "書き出すだけで削除しない / export a copy and keep the store here.") var keep = false

    func run() throws {
        let context = try options.openAdmin()
        let snapshot = try StoreMove(directory: context.directory, database: context.database)
            .export(code: code, to: path, remove: !keep, now: context.clock())
        let rows = snapshot.tables.map(\.rows.count).reduce(0, +)
        print(
            "書き出しました / exported: \(code) → \(path) (\(rows) rows, contract \(snapshot.smaregiContractID.isEmpty ? "-" : snapshot.smaregiContractID))"
        )
        if !keep {
            print("このホストから削除しました / removed here; import it on its shard's host: rakuten-sync store import \(path)")
        }
    }
}
