import Foundation
import SyncCore

/// Writes a run's CSV report to `reports/<YYYY-MM-DD>/<job>_<store>_<run-id>.csv` (design.md §4.6).
///
/// The day is the JST date the run started, which is the day merchants look for. The file is written
/// atomically, so a run killed while reporting leaves no half-written report.
package struct ReportWriter: Sendable {
    /// The reports directory.
    package let root: String

    /// A writer under `root`.
    package init(root: String) {
        self.root = root
    }

    /// Where the report of a run goes.
    package func path(job: JobName, store: String, runID: Int64, startedAt: Date) -> String {
        "\(root)/\(JSTCalendar.dayString(startedAt))/\(job.rawValue)_\(store)_\(runID).csv"
    }

    /// Writes the rows, or nothing when there are none; returns the file written.
    package func write(
        rows: [ReportRow],
        job: JobName,
        store: String,
        runID: Int64,
        startedAt: Date
    ) throws(SyncJobsError) -> String? {
        guard !rows.isEmpty else { return nil }
        let target = path(job: job, store: store, runID: runID, startedAt: startedAt)
        let data = ReportCSV.render(rows: rows, runID: runID, job: job.rawValue, store: store)
        try AtomicFile.write(data, to: target, mode: 0o640)
        return target
    }
}
