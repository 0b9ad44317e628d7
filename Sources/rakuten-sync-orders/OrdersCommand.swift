import ArgumentParser
import SyncCommands
import SyncJobs

/// `rakuten-sync-orders`: 受注取得, Rakuten orders into Smaregi 受注管理 (cron, every minute).
@main
struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rakuten-sync-orders",
        abstract: "受注取得: 楽天の新規注文をスマレジ受注管理に取り込みます / Import new Rakuten orders into Smaregi.",
        discussion: """
            Started by cron every minute. Without --store it runs every store whose 受注取得 switch is on.
            Exit codes: 0 done (record problems are in the CSV report), 1 cannot work (configuration, \
            authentication), 64 bad command line, 75 a remote service is unavailable (retried next run).
            The import itself arrives with the orders issue; today the run frame (lock, run record, \
            license-key check, report, alert mail) runs and the body does no remote work.
            """
    )

    @OptionGroup var options: JobCommandOptions

    func run() throws {
        try options.launch(.orders)
    }
}
