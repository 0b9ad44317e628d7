/// What a run did, record by record.
package struct RunCounts: Sendable, Equatable, Hashable {
    /// Records looked at.
    package var processed: Int
    /// Records loaded without problems.
    package var succeeded: Int
    /// Records with an error row in the report.
    package var failed: Int
    /// Warning rows in the report.
    package var warnings: Int
    /// HTTP 429 answers the run drew from Rakuten or Smaregi despite the shared budgets (each was retried after
    /// its `Retry-After`); stored in `runs.rate_limited` (v10-watching).
    package var rateLimited: Int
    /// HTTP retries the run made, for any reason (`runs.retries`).
    package var retries: Int

    /// Counts with these values (all zero by default).
    package init(
        processed: Int = 0,
        succeeded: Int = 0,
        failed: Int = 0,
        warnings: Int = 0,
        rateLimited: Int = 0,
        retries: Int = 0
    ) {
        self.processed = processed
        self.succeeded = succeeded
        self.failed = failed
        self.warnings = warnings
        self.rateLimited = rateLimited
        self.retries = retries
    }

    /// Nothing processed.
    package static let zero = RunCounts()
}
