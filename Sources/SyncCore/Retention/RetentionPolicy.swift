/// How long each kind of file and record is kept (issue #11 §4), in whole days.
package struct RetentionPolicy: Sendable, Equatable {
    /// CSV reports under `reports/<day>/`; default 90.
    package var reportsDays: Int
    /// Staging folders a rerun no longer needs (they hold customer names and addresses); default 3.
    package var stagingDays: Int
    /// Finished run records in `runs`; default 180.
    package var runsDays: Int
    /// Sent alert mail in `data/outbox/sent/`; default 30.
    package var sentMailDays: Int

    /// The defaults.
    package static let defaults = RetentionPolicy(reportsDays: 90, stagingDays: 3, runsDays: 180, sentMailDays: 30)

    /// A policy with these periods.
    package init(reportsDays: Int, stagingDays: Int, runsDays: Int, sentMailDays: Int) {
        self.reportsDays = reportsDays
        self.stagingDays = stagingDays
        self.runsDays = runsDays
        self.sentMailDays = sentMailDays
    }
}
