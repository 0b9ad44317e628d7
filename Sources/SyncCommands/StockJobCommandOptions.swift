import ArgumentParser
import Foundation
import SyncJobs

/// The options of `rakuten-sync-stock`: the shared job options plus `--full`, the delta overlap and the pending-order
/// refresh interval of long pushes.
package struct StockJobCommandOptions: ParsableArguments {
    @OptionGroup package var job: JobCommandOptions

    @Flag(name: .customLong("full"), help: "全件同期: 連携済みの全SKUを読み直して反映します / read and plan every mapped SKU.")
    package var full = false

    @Option(name: .customLong("overlap-seconds"), help: "前回位置から遡る秒数 / seconds read again before the watermark.")
    package var overlapSeconds: Int = 300

    @Option(
        name: .customLong("pending-refresh-seconds"),
        help:
            "送信が長引くとき、楽天の未取込注文を確認し直す間隔(秒) / while a long push runs, look at Rakuten's newest orders again before a batch when the last look is older than this."
    )
    package var pendingRefreshSeconds: Double = 5

    package init() {}

    package func validate() throws {
        guard overlapSeconds >= 0 else { throw ValidationError("--overlap-seconds must be ≥ 0") }
        guard pendingRefreshSeconds >= 0 else { throw ValidationError("--pending-refresh-seconds must be ≥ 0") }
    }

    /// The job's options.
    package var jobOptions: StockJobOptions {
        StockJobOptions(
            full: full,
            overlap: TimeInterval(overlapSeconds),
            pendingRefreshInterval: pendingRefreshSeconds
        )
    }

    /// Runs the stock job like `JobCommandOptions.launch`, with these options; exits with the worst code.
    package func launch() throws -> Never {
        let body = StockJob(options: jobOptions)
        try job.launch(.stock) { context in try body.run(&context) }
    }
}
