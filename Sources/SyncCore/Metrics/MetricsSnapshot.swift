import Foundation

/// What the Prometheus textfile shows (issue #11 §3): per job and store the last run, plus store and data-dir gauges.
package struct MetricsSnapshot: Sendable, Equatable {
    /// One job of one store, read from its newest run and its newest successful run.
    package struct JobSample: Sendable, Equatable {
        package var job: String
        package var store: String
        /// When the newest run started.
        package var lastRun: Date?
        /// When the newest successful run finished.
        package var lastSuccess: Date?
        /// How long the newest finished run took, in seconds.
        package var durationSeconds: Double?
        package var processed: Int
        package var succeeded: Int
        package var failed: Int
        package var warnings: Int
        /// HTTP 429 answers of the newest run, when known (stored in `runs` since v10-watching).
        package var rateLimited: Int?
        /// HTTP retries of the newest run, when known.
        package var retries: Int?

        /// A sample with these values.
        package init(
            job: String,
            store: String,
            lastRun: Date? = nil,
            lastSuccess: Date? = nil,
            durationSeconds: Double? = nil,
            processed: Int = 0,
            succeeded: Int = 0,
            failed: Int = 0,
            warnings: Int = 0,
            rateLimited: Int? = nil,
            retries: Int? = nil
        ) {
            self.job = job
            self.store = store
            self.lastRun = lastRun
            self.lastSuccess = lastSuccess
            self.durationSeconds = durationSeconds
            self.processed = processed
            self.succeeded = succeeded
            self.failed = failed
            self.warnings = warnings
            self.rateLimited = rateLimited
            self.retries = retries
        }
    }

    /// Every job of every store.
    package var jobs: [JobSample]
    /// Days until each store's license key expires (negative once expired), for stores with a known expiry.
    package var licenseDaysLeft: [String: Int]
    /// `.eml` files waiting in `data/outbox/`.
    package var outboxBacklog: Int

    /// A snapshot with these values.
    package init(jobs: [JobSample], licenseDaysLeft: [String: Int] = [:], outboxBacklog: Int = 0) {
        self.jobs = jobs
        self.licenseDaysLeft = licenseDaysLeft
        self.outboxBacklog = outboxBacklog
    }
}
