import Foundation

/// One row of `runs`: one execution of one job for one store.
package struct RunRecord: Sendable, Equatable, Hashable {
    /// Increasing id, also used in staging and report file names.
    package var id: Int64
    /// The job name, e.g. `orders` (as the jobs choose to call themselves).
    package var job: String
    /// The store code the run worked for.
    package var storeCode: String
    /// When the run started.
    package var startedAt: Date
    /// When it finished (or was found interrupted); nil while `running`.
    package var finishedAt: Date?
    /// Where it stands.
    package var status: RunStatus
    /// The process id that ran it.
    package var pid: Int32
    /// What it did.
    package var counts: RunCounts
    /// The CSV report it wrote, if any.
    package var reportPath: String?
    /// A one-line summary or failure reason (never secrets).
    package var message: String?

    /// A run with these values.
    package init(
        id: Int64,
        job: String,
        storeCode: String,
        startedAt: Date,
        finishedAt: Date? = nil,
        status: RunStatus,
        pid: Int32,
        counts: RunCounts = .zero,
        reportPath: String? = nil,
        message: String? = nil
    ) {
        self.id = id
        self.job = job
        self.storeCode = storeCode
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.pid = pid
        self.counts = counts
        self.reportPath = reportPath
        self.message = message
    }
}
