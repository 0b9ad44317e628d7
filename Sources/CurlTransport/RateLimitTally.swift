import Synchronization

/// How many HTTP 429 answers this process has received, for the run counts and summary of the job that drew them.
///
/// Pacing from the shared budgets (`SharedBudget`) should keep this at zero; a 429 that still happens is honoured
/// by the retry (`Retry-After`) and counted here, process-wide, because the clients of one run are built and
/// dropped inside the job body. The run frame reads it before and after the body.
package enum RateLimitTally {
    private static let count = Atomic<Int>(0)

    /// Counts one 429 answer.
    package static func record() {
        count.add(1, ordering: .relaxed)
    }

    /// The 429 answers received so far by this process.
    package static var total: Int {
        count.load(ordering: .relaxed)
    }
}
