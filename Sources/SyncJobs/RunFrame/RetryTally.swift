import Foundation

/// How many HTTP retries this process made, and how many of them answered a 429, for the one cron.log line per
/// run (issue #11 §4): at the default log level retries are counted here instead of logged one line each.
package final class RetryTally: @unchecked Sendable {
    /// Retries and 429s so far.
    package struct Counts: Sendable, Equatable {
        package var retries = 0
        package var tooManyRequests = 0

        /// What happened between `earlier` and this.
        package func since(_ earlier: Counts) -> Counts {
            Counts(retries: retries - earlier.retries, tooManyRequests: tooManyRequests - earlier.tooManyRequests)
        }
    }

    /// The process's tally.
    package static let shared = RetryTally()

    private let lock = NSLock()
    private var counts = Counts()
    private var byStore: [String: Counts] = [:]

    /// Counts one retry; `status` is the HTTP status that caused it, when there was a response; `store` is the
    /// logger's `store` metadata, so a process running several stores at once (issue #14 §1) counts each run's own.
    package func record(status: String?, store: String? = nil) {
        lock.withLock {
            counts.retries += 1
            if status == "429" { counts.tooManyRequests += 1 }
            if let store {
                byStore[store, default: Counts()].retries += 1
                if status == "429" { byStore[store, default: Counts()].tooManyRequests += 1 }
            }
        }
    }

    /// The counts so far.
    package var current: Counts { lock.withLock { counts } }

    /// The counts so far of the retries logged for `store`.
    package func current(store: String) -> Counts { lock.withLock { byStore[store] ?? Counts() } }
}
