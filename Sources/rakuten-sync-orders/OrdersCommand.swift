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
            --order N (repeatable, with --store) imports exactly those orders (受注指定取得); an order already \
            imported is reported and never created twice. --dry-run extracts, transforms and writes the report \
            but loads nothing and does not move the watermark.
            Exit codes: 0 done (record problems are in the CSV report), 1 cannot work (configuration, \
            authentication), 64 bad command line, 75 a remote service is unavailable (retried next run).
            """,
        version: RakutenSyncVersion.current
    )

    @OptionGroup var options: OrdersJobCommandOptions

    func run() throws {
        try options.launch()
    }
}
