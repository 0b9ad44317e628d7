import ArgumentParser
import SyncCommands
import SyncJobs

/// `rakuten-sync-mappings`: 商品連携チェック (cron, every 5 minutes).
@main
struct MappingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rakuten-sync-mappings",
        abstract: "商品連携チェック: 商品連携が両側に存在するか確認します / Check every product mapping on both sides.",
        discussion: """
            Started by cron every 5 minutes. Without --store it runs every store whose switch for this job is on.
            Exit codes: 0 done (record problems are in the CSV report), 1 cannot work (configuration, \
            authentication), 64 bad command line, 75 a remote service is unavailable (retried next run).
            The job's own work arrives with issue #4; today the run frame (lock, run record, \
            license-key check, report, alert mail) runs and the body does no remote work.
            """
    )

    @OptionGroup var options: JobCommandOptions

    func run() throws {
        try options.launch(.mappings)
    }
}
