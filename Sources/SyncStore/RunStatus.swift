/// Where a run stands (design.md §4.2); the raw values are stored in `runs.status`.
package enum RunStatus: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Started and not finished; or its process died, until the next run marks it `interrupted`.
    case running
    /// Did its work; record-level problems may still be in its report.
    case succeeded
    /// Could not do its work (bad configuration, authentication refused, remote down).
    case failed
    /// Its process died while running; found and marked by the next run of the same job and store.
    case interrupted
    /// Had nothing to do by configuration (for example the job is switched off for the store).
    case skipped
}
