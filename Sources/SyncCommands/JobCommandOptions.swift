import ArgumentParser
import Foundation
import Logging
import SyncCore
import SyncJobs

/// Options and the launch sequence shared by the four job executables.
package struct JobCommandOptions: ParsableArguments {
    @OptionGroup package var global: GlobalOptions

    @Option(help: "店舗コード / run for this store only (default: every store whose switch for this job is on).")
    package var store: String?

    @Option(
        help: ArgumentHelp(
            "シャード / run only the stores of shard K of N (K 0-based, like JOB_COMPLETION_INDEX; default: "
                + "$RAKUTEN_SYNC_SHARD, else $JOB_COMPLETION_INDEX/$RAKUTEN_SYNC_SHARDS, else the `shard` setting). "
                + "--store overrides it.",
            valueName: "K/N"
        )
    )
    package var shard: String?

    @Option(
        name: .customLong("store-concurrency"),
        help:
            "同時に処理する店舗数 / stores run at once without --store (default: the store-concurrency setting, \(StorePool.defaultConcurrency) when unset)."
    )
    package var storeConcurrency: Int?

    package init() {}

    package func validate() throws {
        if let shard {
            do {
                _ = try ShardSpec(parsing: shard)
            } catch {
                throw ValidationError(error.description)
            }
        }
        if let storeConcurrency, !(1...StorePool.maximumConcurrency).contains(storeConcurrency) {
            throw ValidationError("--store-concurrency must be between 1 and \(StorePool.maximumConcurrency)")
        }
    }

    /// Bootstraps logging, runs the job through the run frame, prints one line per store, and exits.
    ///
    /// The exit code is the worst of the stores' (design.md §4): 0 done, 1 cannot work, 75 try again later.
    package func launch(_ job: JobName) throws -> Never {
        try launch(job, body: JobBodies.body(for: job))
    }

    /// The same with a body configured by the executable's own options (`--order`, `--full`, ...).
    package func launch(_ job: JobName, body: (inout RunContext) throws -> Void) throws -> Never {
        global.bootstrapLogging()
        let logger = Logger(label: "rakuten-sync.\(job.rawValue)")
        let summaries = try mappingExitCodes {
            var directory = global.directory
            directory.shard = shard
            return try JobLauncher(directory: directory, logger: logger).launch(
                job: job,
                storeCode: store,
                concurrency: storeConcurrency,
                body: body
            )
        }
        for summary in summaries { print(summary.line) }
        let code = summaries.map(\.exitCode).reduce(Int32(0)) { worst, next in
            worst == 1 || next == 1 ? 1 : max(worst, next)
        }
        throw ExitCode(code)
    }
}
