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
            Each run checks every mapping of the store: Rakuten SKUs through inventory bulk-get (1,000 per \
            call), legacy 横軸/縦軸 items through the items API, Smaregi products in pages of 1,000 read once. \
            Status, reason and time are recorded per mapping (rakuten-sync mapping list); a mapping that newly \
            fails or recovers is mailed once.
            """,
        version: RakutenSyncVersion.current
    )

    @OptionGroup var options: JobCommandOptions

    func run() throws {
        try options.launch(.mappings)
    }
}
