import Foundation

extension SettingsRepository {
    /// `retentionReportsDays` when unset.
    package static let defaultRetentionReportsDays = 90
    /// `retentionStagingDays` when unset.
    package static let defaultRetentionStagingDays = 3
    /// `retentionRunsDays` when unset.
    package static let defaultRetentionRunsDays = 180
    /// `retentionSentMailDays` when unset.
    package static let defaultRetentionSentMailDays = 30

    /// When `job` last pruned, or nil when it never did (or the stamp is unreadable).
    package func lastPruned(job: String) throws -> Date? {
        try value(for: .retentionLastPruned(job: job)).flatMap(StoredDate.date)
    }

    /// Records that `job` pruned at `date`.
    package func setLastPruned(job: String, at date: Date) throws {
        try set(StoredDate.text(date), for: .retentionLastPruned(job: job))
    }
}
