import Foundation
import SyncCore
import SyncStore

/// The `status` screen as data: per store and job, the switch, the last run and whether it is stale.
package struct StatusBoard: Sendable, Equatable {
    /// One job of one store.
    package struct JobLine: Sendable, Equatable {
        package let job: JobName
        package let isEnabled: Bool
        package let lastRun: RunRecord?
        package let lastSuccess: RunRecord?
        /// The newest failed run, with its reason in `message`.
        package let lastFailure: RunRecord?
        /// Error rows of the last finished run (its `failed` count).
        package let openErrors: Int
        /// Switched on and without a success for longer than the threshold, once the store has run any job.
        package let isStale: Bool
    }

    /// One store.
    package struct StoreLine: Sendable, Equatable {
        package let code: String
        package let name: String
        package let licenseExpiry: Date?
        /// Days until the license key expires (negative once expired), when known.
        package let licenseDaysLeft: Int?
        package let licenseWarning: Bool
        package let jobs: [JobLine]
    }

    /// Every store, sorted by code.
    package let stores: [StoreLine]
    /// The dead-man threshold in minutes (`deadman-minutes`) used for per-minute jobs; the mapping check gets
    /// `Self.thresholdMinutes(for:deadman:)`.
    package let staleAfterMinutes: Int
    /// When the board was read.
    package let now: Date
    /// Alert mails waiting in `data/outbox/` (not yet sent).
    package var outboxBacklog = 0
    /// When the oldest of them was written.
    package var oldestOutboxMail: Date?

    /// Reads the board from the database.
    ///
    /// With `directory`, the outbox folder is read too (the mail waiting there and the oldest one's age).
    package static func read(
        database: SyncDatabase,
        directory: DataDirectory? = nil,
        now: Date
    ) throws(SyncJobsError) -> StatusBoard {
        let settings = SettingsRepository(database: database)
        let stale = try SyncJobsError.database("read deadman-minutes") { try settings.deadmanMinutes() }
        let warningDays = try SyncJobsError.database("read license-warning-days") { try settings.licenseWarningDays() }
        let runs = RunRepository(database: database)
        let stores = try SyncJobsError.database("list stores") { try StoreRepository(database: database).list() }
        let lines = try stores.map { store throws(SyncJobsError) in
            let firstRun = try SyncJobsError.database("read runs") {
                try runs.firstRunStart(store: store.code)
            }
            let allJobs = try JobName.allCases.map { job throws(SyncJobsError) in
                let last = try SyncJobsError.database("read runs") {
                    try runs.lastRun(job: job.rawValue, store: store.code)
                }
                let success = try SyncJobsError.database("read runs") {
                    try runs.lastRun(job: job.rawValue, store: store.code, status: .succeeded)
                }
                let failure = try SyncJobsError.database("read runs") {
                    try runs.lastRun(job: job.rawValue, store: store.code, status: .failed)
                }
                let enabled = JobLauncher.isEnabled(job, for: store)
                let limit = TimeInterval(Self.thresholdMinutes(for: job, deadman: stale) * 60)
                // A job that never succeeded counts from the store's first run (nil before it: not stale).
                let age = (success.map { $0.finishedAt ?? $0.startedAt } ?? firstRun).map { now.timeIntervalSince($0) }
                return JobLine(
                    job: job,
                    isEnabled: enabled,
                    lastRun: last,
                    lastSuccess: success,
                    lastFailure: failure,
                    openErrors: last?.counts.failed ?? 0,
                    isStale: enabled && (age.map { $0 > limit } ?? false)
                )
            }
            // Nothing is stale before the store's first run of any job (it is still being set up).
            let hasRun = allJobs.contains { $0.lastRun != nil }
            let jobs = allJobs.map { line in
                JobLine(
                    job: line.job,
                    isEnabled: line.isEnabled,
                    lastRun: line.lastRun,
                    lastSuccess: line.lastSuccess,
                    lastFailure: line.lastFailure,
                    openErrors: line.openErrors,
                    isStale: hasRun && line.isStale
                )
            }
            let days = store.licenseExpiry.map { JSTCalendar.daysUntil($0, from: now) }
            return StoreLine(
                code: store.code,
                name: store.name,
                licenseExpiry: store.licenseExpiry,
                licenseDaysLeft: days,
                licenseWarning: days.map { $0 <= warningDays } ?? false,
                jobs: jobs
            )
        }
        var board = StatusBoard(stores: lines, staleAfterMinutes: stale, now: now)
        if let directory { board.readOutbox(directory) }
        return board
    }

    /// Minutes `job` may go without a success: the dead-man setting, but at least three of its intervals (15 for the
    /// 5-minute mapping check).
    package static func thresholdMinutes(for job: JobName, deadman: Int) -> Int {
        max(deadman, job.scheduleMinutes * 3)
    }

    /// Counts the `.eml` files waiting in the outbox and finds the oldest one's modification time.
    private mutating func readOutbox(_ directory: DataDirectory) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.outboxPath)) ?? []
        let mails = names.filter { $0.hasSuffix(".eml") && !$0.hasPrefix(".") }
        outboxBacklog = mails.count
        oldestOutboxMail = mails.compactMap { name in
            (try? FileManager.default.attributesOfItem(atPath: directory.outboxPath + "/" + name))?[.modificationDate]
                as? Date
        }.min()
    }
}
