import Foundation
import SyncCore
import SyncStore

/// How one run of one job for one store ended: what the executable prints and maps to an exit code.
package struct RunSummary: Sendable, Equatable {
    /// Why the run ended the way it did.
    package enum Outcome: Sendable, Equatable {
        /// The job did its work (record problems, if any, are in the report).
        case succeeded
        /// Another live run of the same job and store holds the lock; nothing was done.
        case lockHeld
        /// The job could not do its work.
        case failed(SyncJobsError)
    }

    /// The job that ran.
    package let job: JobName
    /// The store it ran for.
    package let store: String
    /// The run record's id (nil when the lock was held and no run was recorded).
    package let runID: Int64?
    /// How it ended.
    package let outcome: Outcome
    /// Record counts.
    package let counts: RunCounts
    /// Report rows by severity.
    package let errorRows: Int
    package let warningRows: Int
    package let infoRows: Int
    /// The CSV report, when the run had rows.
    package let reportPath: String?
    /// The alert mail written to the outbox, when one was due.
    package let mailPath: String?
    /// Runs of the same job and store found dead and marked interrupted by this run.
    package let interruptedRunIDs: [Int64]
    /// When the run ended (the cron.log line's JST timestamp).
    package var endedAt: Date
    /// What the run did in the job's own words (`new=2`, `held=1`), from `RunContext.logCounts`.
    package var logCounts: [String] = []

    /// The process exit code for this run (design.md §4): 0 done, 1 cannot work, 75 remote unavailable.
    package var exitCode: Int32 {
        switch outcome {
        case .succeeded, .lockHeld: 0
        case .failed(let error): error.exitCode
        }
    }

    /// One line for the terminal and cron log: JST time, job, store, outcome, what it did, retries, files.
    package var line: String {
        let status: String
        switch outcome {
        case .succeeded: status = "成功 succeeded"
        case .lockHeld: status = "実行中のためスキップ skipped (another run holds the lock)"
        case .failed(let error): status = "失敗 failed: \(error)"
        }
        var parts = [
            "\(JSTCalendar.displayString(endedAt)) JST", "\(job.japaneseName) [\(store)]", "job=\(job.rawValue)",
            "run=\(runID.map(String.init) ?? "-")", status,
        ]
        if runID != nil {
            let counted =
                logCounts.isEmpty
                ? ["processed=\(counts.processed)", "ok=\(counts.succeeded)", "failed=\(counts.failed)"] : logCounts
            parts.append((counted + ["errors=\(errorRows)", "warnings=\(warningRows)"]).joined(separator: " "))
            parts.append("retries=\(counts.retries) 429s=\(counts.rateLimited)")
        }
        if !interruptedRunIDs.isEmpty {
            parts.append("interrupted runs found: \(interruptedRunIDs.map(String.init).joined(separator: ","))")
        }
        if let reportPath { parts.append("report=\(reportPath)") }
        if let mailPath { parts.append("mail=\(mailPath)") }
        return parts.joined(separator: "  ")
    }
}
