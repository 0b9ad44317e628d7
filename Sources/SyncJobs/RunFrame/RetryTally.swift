import Foundation

/// How many HTTP retries this process made, for the one cron.log line per run and `runs.retries` (issue #11 §4): at
/// the default log level retries are counted here instead of logged one line each. The 429 answers among them are
/// counted once, by CurlTransport's `RateLimitTally` (`RunCounts.rateLimited`, printed as `429s=`).
package final class RetryTally: @unchecked Sendable {
    /// The process's tally.
    package static let shared = RetryTally()

    private let lock = NSLock()
    private var byStore: [String: Int] = [:]

    /// Counts one retry; `store` is the logger's `store` metadata, so a process running several stores at once
    /// (issue #14 §1) counts each run's own. A retry without a store belongs to no run and is not counted.
    package func record(store: String?) {
        guard let store else { return }
        lock.withLock { byStore[store, default: 0] += 1 }
    }

    /// The retries logged so far for `store`.
    package func current(store: String) -> Int { lock.withLock { byStore[store] ?? 0 } }
}
