import ArgumentParser
import SyncCommands
import SyncDemo

/// `rakuten-sync`: the merchant's set-up screens, run history, status and the demo.
@main
struct RakutenSyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rakuten-sync",
        abstract: "楽天市場とスマレジの受注・在庫連携 / Rakuten Ichiba ⇄ Smaregi order and stock sync: set-up and operation.",
        discussion: """
            Set-up: init → store add → smaregi set → store set (switches, tax rounding, alert mail) → store test.
            The jobs themselves are separate executables started by cron: rakuten-sync-orders, -stock, -shipping, -mappings.
            Data directory: --data-dir, else $RAKUTEN_SYNC_HOME, else ./data. Secrets come from standard input or
            the environment, never from options.
            """,
        version: RakutenSyncVersion.current,
        subcommands: AdminCommands.all + [DemoCommand.self]
    )

    /// Parses, runs, and maps our errors to the exit codes of design.md §4 (64, 1, 75).
    static func main() {
        do {
            var command = try parseAsRoot()
            try mappingExitCodes { try command.run() }
        } catch {
            exit(withError: error)
        }
    }
}
