extension SettingKey {
    /// Days CSV reports are kept; default 90.
    package static let retentionReportsDays: SettingKey = "retention_reports_days"
    /// Days a staging folder no rerun needs is kept; default 3.
    package static let retentionStagingDays: SettingKey = "retention_staging_days"
    /// Days finished run records are kept; default 180.
    package static let retentionRunsDays: SettingKey = "retention_runs_days"
    /// Days sent alert mail is kept in `data/outbox/sent/`; default 30.
    package static let retentionSentMailDays: SettingKey = "retention_sent_mail_days"

    /// When a job last pruned (ISO 8601 UTC), so that it prunes at most once per hour.
    package static func retentionLastPruned(job: String) -> SettingKey {
        SettingKey(rawValue: "retention_last_pruned_\(job)")
    }
}
