import ArgumentParser
import Foundation
import SyncJobs

/// The options of `rakuten-sync-orders`: the shared job options plus 受注指定取得 (`--order`) and `--dry-run`.
package struct OrdersJobCommandOptions: ParsableArguments {
    @OptionGroup package var job: JobCommandOptions

    @Option(
        name: .customLong("order"),
        help: "受注指定取得: この注文番号だけを取り込みます (repeatable; needs --store) / import exactly these orders."
    )
    package var orderNumbers: [String] = []

    @Flag(name: .customLong("dry-run"), help: "取得と変換とレポートのみ。登録しません / extract, transform, report; load nothing.")
    package var dryRun = false

    @Option(name: .customLong("overlap-minutes"), help: "前回位置から遡る分数 / minutes searched again before the watermark.")
    package var overlapMinutes: Int = 10

    @Option(name: .customLong("recheck-days"), help: "取込後の変更・キャンセルを確認する日数 / days loaded orders are re-read.")
    package var recheckDays: Int = 14

    @Option(
        name: .customLong("smaregi-writes-per-second"),
        help: "スマレジ書き込みの上限 / Smaregi writes per second (default 20 for api.smaregi.jp, else 4)."
    )
    package var smaregiWritesPerSecond: Double?

    @Option(
        name: .customLong("smaregi-timeout-seconds"),
        help: "スマレジ1リクエストの待ち時間 / seconds one Smaregi request may take (default 60)."
    )
    package var smaregiTimeoutSeconds: Double?

    @Option(
        name: .customLong("load-recheck-seconds"),
        help:
            "結果不明の受注登録を再確認するまでの秒数 / seconds before a 受注登録 of unknown outcome is looked up again and, if absent, sent again (default 300)."
    )
    package var loadRecheckSeconds: Double = OrdersJobOptions.defaultUnconfirmedLoadDelay

    package init() {}

    package func validate() throws {
        if !orderNumbers.isEmpty && job.store == nil {
            throw ValidationError("--order には --store が必要です / --order needs --store")
        }
        let pattern = /^[0-9]{1,10}-[0-9]{8}-[0-9]{1,10}$/
        for number in orderNumbers where number.wholeMatch(of: pattern) == nil {
            throw ValidationError("注文番号の形式が不正です / not a Rakuten order number: \(number)")
        }
        guard overlapMinutes >= 0, recheckDays >= 0 else {
            throw ValidationError("--overlap-minutes and --recheck-days must be ≥ 0")
        }
        if let smaregiWritesPerSecond, smaregiWritesPerSecond <= 0 {
            throw ValidationError("--smaregi-writes-per-second must be > 0")
        }
        if let smaregiTimeoutSeconds, smaregiTimeoutSeconds <= 0 {
            throw ValidationError("--smaregi-timeout-seconds must be > 0")
        }
        guard loadRecheckSeconds >= 0 else { throw ValidationError("--load-recheck-seconds must be ≥ 0") }
    }

    /// The job's options.
    package var jobOptions: OrdersJobOptions {
        OrdersJobOptions(
            orderNumbers: orderNumbers,
            dryRun: dryRun,
            overlap: TimeInterval(overlapMinutes * 60),
            recheckDays: recheckDays,
            smaregiWritesPerSecond: smaregiWritesPerSecond,
            smaregiTimeout: smaregiTimeoutSeconds,
            unconfirmedLoadDelay: loadRecheckSeconds
        )
    }

    /// Runs the orders job like `JobCommandOptions.launch`, with these options; exits with the worst code.
    package func launch() throws -> Never {
        let body = OrdersJob(options: jobOptions)
        try job.launch(.orders) { context in try body.run(&context) }
    }
}
