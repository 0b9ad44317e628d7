import Foundation

/// What is old enough to delete (issue #11 §4): the pure rule behind `rakuten-sync prune` and the jobs' own pruning.
package enum RetentionRule {
    /// What the run record says about the run that owns a staging folder.
    package enum StagingOwner: Sendable, Equatable, CaseIterable {
        /// The run is still running (or died and is not yet marked): the next run resumes from this folder.
        case running
        /// The run died and no later run of the same job and store has finished since: it is not yet resumed.
        case interruptedNotResumed
        /// The run died and a later run of the same job and store finished after resuming it.
        case interruptedResumed
        /// The run succeeded: nothing ever reads its staging again.
        case succeeded
        /// The run failed or was skipped: no rerun reads it, but it may help find out why.
        case failedOrSkipped
        /// No run record (pruned, or from another database).
        case unknown
    }

    /// How often a job prunes at most.
    package static let pruneInterval: TimeInterval = 3600

    /// Whether something last changed at `modifiedAt` is older than `days` whole days at `now`.
    package static func isExpired(modifiedAt: Date, now: Date, days: Int) -> Bool {
        now.timeIntervalSince(modifiedAt) > TimeInterval(days) * 86_400
    }

    /// Whether a staging folder can be deleted: never while a rerun may need it; a succeeded run's at once;
    /// anything else once older than the staging retention.
    package static func removesStaging(owner: StagingOwner, modifiedAt: Date, now: Date, days: Int) -> Bool {
        switch owner {
        case .running, .interruptedNotResumed: false
        case .succeeded: true
        case .interruptedResumed, .failedOrSkipped, .unknown: isExpired(modifiedAt: modifiedAt, now: now, days: days)
        }
    }

    /// Whether a job should prune now: never pruned, or last pruned an interval ago or more (or in the future,
    /// when the clock was set back).
    package static func isPruneDue(lastPrunedAt: Date?, now: Date, interval: TimeInterval = pruneInterval) -> Bool {
        guard let lastPrunedAt else { return true }
        let elapsed = now.timeIntervalSince(lastPrunedAt)
        return elapsed >= interval || elapsed < 0
    }
}
