import ArgumentParser
import SyncCommands
import SyncJobs

/// `rakuten-sync-shipping`: 発送済みステータス (cron, every minute).
@main
struct ShippingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rakuten-sync-shipping",
        abstract: "発送済みステータス: 出荷済みの受注を楽天に発送完了報告します / Report shipped orders to Rakuten.",
        discussion: """
            Started by cron every minute. Without --store it runs every store whose switch for this job is on.
            Exit codes: 0 done (record problems are in the CSV report), 1 cannot work (configuration, \
            authentication), 64 bad command line, 75 a remote service is unavailable (retried next run).
            The job's own work arrives with issue #7; today the run frame (lock, run record, \
            license-key check, report, alert mail) runs and the body does no remote work.
            """
    )

    @OptionGroup var options: JobCommandOptions

    func run() throws {
        try options.launch(.shipping)
    }
}
