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
            Each run reads the 受注 that Smaregi 受注管理 shipped since the last run, keeps those this system \
            imported, and reports them to Rakuten (発送完了報告) with the carrier code and tracking number, once: \
            one call per order, or the async API for a burst. A 受注分割 is left for a manual report and named \
            in the report (SPLIT_ORDER_MANUAL). Carrier names: rakuten-sync carrier set.
            """,
        version: RakutenSyncVersion.current
    )

    @OptionGroup var options: ShippingJobCommandOptions

    func run() throws {
        try options.launch()
    }
}
