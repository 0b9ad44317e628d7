import Foundation
import Logging
import SyncCore
import SyncStore

/// Records what a run still reports (its error and warning rows, counted per code) as its job's open problems
/// (`open_problems`), which the daily roll-up lists.
enum OpenProblems {
    /// Replaces the job's open problems for the store with this run's; a failure is logged, never fails the run.
    static func record(
        _ rows: [ReportRow],
        job: JobName,
        store: String,
        at now: Date,
        database: SyncDatabase,
        logger: Logger
    ) {
        var byCode: [String: (row: ReportRow, count: Int)] = [:]
        for row in rows where row.severity != .info {
            byCode[row.code, default: (row, 0)].count += 1
        }
        let problems = byCode.sorted { $0.key < $1.key }.map { code, entry in
            OpenProblem(
                job: job.rawValue,
                code: code,
                severity: entry.row.severity.rawValue,
                count: entry.count,
                messageJa: entry.row.messageJa,
                messageEn: entry.row.messageEn,
                firstSeenAt: now,
                lastSeenAt: now
            )
        }
        do {
            try OpenProblemRepository(database: database).replace(store: store, job: job.rawValue, with: problems)
        } catch {
            logger.warning("could not record the open problems of \(job.rawValue) for store \(store): \(error)")
        }
    }
}
