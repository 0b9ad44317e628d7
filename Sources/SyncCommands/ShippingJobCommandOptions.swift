import ArgumentParser
import Foundation
import SyncJobs

/// The options of `rakuten-sync-shipping`: the shared job options plus the wait before a report of unknown outcome
/// is sent again and the RMS request timeout.
package struct ShippingJobCommandOptions: ParsableArguments {
    @OptionGroup package var job: JobCommandOptions

    @Option(
        name: .customLong("resend-check-seconds"),
        help:
            "結果不明の発送完了報告を楽天で確認し直してから再送するまでの秒数 / seconds before a report of unknown outcome (timeout, lost connection, killed run) is looked for on Rakuten again and, if absent, sent again (default 600)."
    )
    package var resendCheckSeconds: Double = 600

    @Option(
        name: .customLong("rakuten-timeout-seconds"),
        help: "楽天1リクエストの待ち時間 / seconds one RMS request may take (default 60)."
    )
    package var rakutenTimeoutSeconds: Double?

    package init() {}

    package func validate() throws {
        guard resendCheckSeconds >= 0 else { throw ValidationError("--resend-check-seconds must be ≥ 0") }
        if let rakutenTimeoutSeconds, rakutenTimeoutSeconds <= 0 {
            throw ValidationError("--rakuten-timeout-seconds must be > 0")
        }
    }

    /// The job's options.
    package var jobOptions: ShippingJobOptions {
        var options = ShippingJobOptions()
        options.unknownRequestWait = resendCheckSeconds
        options.rakutenTimeout = rakutenTimeoutSeconds
        return options
    }

    /// Runs the shipping job like `JobCommandOptions.launch`, with these options; exits with the worst code.
    package func launch() throws -> Never {
        let body = ShippingJob(options: jobOptions)
        try job.launch(.shipping) { context in try body.run(&context) }
    }
}
