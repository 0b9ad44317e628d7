import SyncCore

/// The report codes that describe a standing state, not an event (issue #11 §2): while one is true every run of
/// its job reports it again (a held order is re-read, a broken mapping re-checked, the key's expiry re-computed),
/// so the first complete run that no longer reports it shows that it is over and earns a recovery mail
/// (解消しました). Events (a cancellation after import, a refused push) are mailed once and have no recovery.
package enum StandingProblems {
    /// The codes of standing problems (`ReportCode.isStanding`), besides the store-wide classes
    /// (`StoreWideProblem`), as the alert ledgers key them.
    package static let codes: Set<String> = Set(ReportCode.allCases.filter(\.isStanding).map(\.rawValue))
}
