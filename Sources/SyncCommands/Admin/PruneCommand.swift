import ArgumentParser
import Logging
import SyncJobs

/// `rakuten-sync prune [--dry-run]`: what retention removes, now (the jobs also do this once an hour).
struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "保存期間を過ぎたデータを削除 / Delete what is past its retention (reports, staging, sent mail, runs).",
        discussion: """
            The jobs prune by themselves at most once an hour; this does it now. Periods: `settings` \
            (retention-reports-days 90, retention-staging-days 3, retention-runs-days 180, \
            retention-sent-mail-days 30). Staging of a run that is running or interrupted and not yet resumed is \
            always kept; a succeeded run's staging goes at once.
            """
    )

    @OptionGroup var options: GlobalOptions
    @Flag(help: "削除せずに表示 / Show what would go without deleting anything.")
    var dryRun = false

    func run() throws {
        let context = try options.openAdmin()
        let pruner = RetentionPruner(
            directory: context.directory,
            database: context.database,
            logger: Logger(label: "rakuten-sync.prune")
        )
        let plan = try pruner.plan()
        if dryRun {
            print("削除対象 (dry run) / would delete:")
            for line in plan.lines { print("  \(line)") }
            for item in plan.items { print("  \(item.kind.rawValue)  \(item.bytes)  \(item.path)") }
            return
        }
        let done = try pruner.apply(plan)
        print("削除しました / deleted:")
        for line in done.lines { print("  \(line)") }
    }
}
