import Synchronization

/// How many HTTP 429 answers this process has received, for the run counts and summary of the job that drew them.
///
/// Pacing from the shared budgets (`SharedBudget`) should keep this at zero; a 429 that still happens is honoured
/// by the retry (`Retry-After`) and counted here, process-wide and per scope, because the clients of one run are
/// built and dropped inside the job body. The scope is the `store` metadata of the request's logger (the run frame
/// sets it), so when one process runs several stores at once (issue #14 §1) each run counts only its own 429s.
/// The run frame reads its scope's count before and after the body.
package enum RateLimitTally {
    private static let count = Atomic<Int>(0)
    private static let scoped = Mutex<[String: Int]>([:])

    /// Counts one 429 answer, also under `scope` when there is one.
    package static func record(scope: String? = nil) {
        count.add(1, ordering: .relaxed)
        if let scope { scoped.withLock { $0[scope, default: 0] += 1 } }
    }

    /// The 429 answers received so far by this process.
    package static var total: Int {
        count.load(ordering: .relaxed)
    }

    /// The 429 answers received so far under `scope`.
    package static func total(scope: String) -> Int {
        scoped.withLock { $0[scope] ?? 0 }
    }
}
