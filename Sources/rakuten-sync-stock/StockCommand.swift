import ArgumentParser
import SyncCommands
import SyncJobs

/// `rakuten-sync-stock`: 在庫更新 (cron, every minute).
@main
struct StockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rakuten-sync-stock",
        abstract: "在庫更新: スマレジの在庫を楽天に反映します / Push Smaregi stock to Rakuten.",
        discussion: """
            Started by cron every minute. Without --store it runs every store whose switch for this job is on.
            Each run reads the Smaregi stock changed since the last run (every mapped product on the first run \
            and with --full), holds back units of Rakuten orders not yet in Smaregi and the safety stock, and \
            pushes only the quantities that changed (inventories.bulk.upsert, 400 per call).
            Exit codes: 0 done (record problems are in the CSV report), 1 cannot work (configuration, \
            authentication), 64 bad command line, 75 a remote service is unavailable (retried next run).
            """,
        version: RakutenSyncVersion.current
    )

    @OptionGroup var options: StockJobCommandOptions

    func run() throws {
        try options.launch()
    }
}
