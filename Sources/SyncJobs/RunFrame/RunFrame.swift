import CurlTransport
import Foundation
import Logging
import SyncCore
import SyncStore

/// The frame every job runs in (design.md §4): lock, run record, staging, report, alert, finish.
///
/// The job body only extracts, transforms and loads; everything an operator relies on to see what
/// happened (the run history, the CSV report, the mail) is done here, the same way for every job.
package struct RunFrame {
    private let directory: DataDirectory
    private let database: SyncDatabase
    private let logger: Logger
    private let clock: @Sendable () -> Date
    private let watchesLicense: Bool
    private let writesMetrics: Bool

    /// A frame over a data directory and its database.
    ///
    /// - Parameters:
    ///   - watchesLicense: look after the license key (the job executables do): re-read its expiry from RMS
    ///     when due (`LicenseWatch`) and mail its notices (`LicenseNotice`), which then replace the alert mail of the
    ///     `LICENSE_EXPIRING` row. Frames built by tests around a closure that calls no remote service do not.
    ///   - writesMetrics: whether each run rewrites the metrics file; a launcher running many stores
    ///     writes it once after them instead (the file covers every store, so writing it per run costs N² reads).
    package init(
        directory: DataDirectory,
        database: SyncDatabase,
        logger: Logger,
        clock: @escaping @Sendable () -> Date = WallClock.now,
        watchesLicense: Bool = false,
        writesMetrics: Bool = true
    ) {
        self.directory = directory
        self.database = database
        self.logger = logger
        self.clock = clock
        self.watchesLicense = watchesLicense
        self.writesMetrics = writesMetrics
    }

    /// Runs `body` for one store inside the frame and returns how it ended; never throws.
    package func run(
        job: JobName,
        store: StoreRecord,
        body: (inout RunContext) throws -> Void
    ) -> RunSummary {
        var logger = self.logger
        logger[metadataKey: "job"] = "\(job.rawValue)"
        logger[metadataKey: "store"] = "\(store.code)"
        do {
            try directory.createFolders()
            let lockPath = "\(directory.locksPath)/\(job.rawValue)-\(store.code).lock"
            guard let lock = try FileLock.acquire(at: lockPath) else {
                logger.notice("another \(job.executableName) run for store \(store.code) holds \(lockPath); skipping")
                return summary(job: job, store: store.code, runID: nil, outcome: .lockHeld)
            }
            defer { lock.release() }
            return try runLocked(job: job, store: store, logger: logger, body: body)
        } catch let error as SyncJobsError {
            logger.error("\(error)")
            return summary(job: job, store: store.code, runID: nil, outcome: .failed(error))
        } catch {
            let wrapped = SyncJobsError.database(operation: "run frame", underlying: .init(error))
            logger.error("\(wrapped)")
            return summary(job: job, store: store.code, runID: nil, outcome: .failed(wrapped))
        }
    }

    private func runLocked(
        job: JobName,
        store: StoreRecord,
        logger baseLogger: Logger,
        body: (inout RunContext) throws -> Void
    ) throws -> RunSummary {
        let runs = RunRepository(database: database)
        let interrupted = try SyncJobsError.database("mark interrupted runs") {
            try runs.markInterrupted(job: job.rawValue, store: store.code, at: clock())
        }
        let started = clock()
        // The run's retries and 429s are counted over the same span (the license check included): this process's
        // tallies for the store, before and after.
        let retriesBefore = RetryTally.shared.current(store: store.code)
        let rateLimitedBefore = RateLimitTally.total(scope: store.code)
        let record = try SyncJobsError.database("start run") {
            try runs.start(job: job.rawValue, store: store.code, at: started)
        }
        removeLeftovers(job: job, store: store.code, interrupted: interrupted)
        CrashPoint.reach("run-started:\(job.rawValue)")
        var logger = baseLogger
        logger[metadataKey: "run_id"] = "\(record.id)"
        for dead in interrupted {
            logger.warning(
                "run \(dead.id) (pid \(dead.pid), started \(dead.startedAt)) died while running; marked interrupted"
            )
        }
        var context = RunContext(
            runID: record.id,
            job: job,
            store: store,
            staging: StagingArea(root: directory.stagingPath, job: job, store: store.code, runID: record.id),
            interruptedRuns: interrupted,
            logger: logger,
            database: database
        )
        for dead in interrupted { context.report(Self.interruptedRow(dead)) }
        // The expiry is re-read from RMS at least daily (LicenseWatch); its notices are mailed before the alert.
        let watched =
            watchesLicense ? LicenseWatch(database: database, logger: logger).refreshIfDue(store, now: started) : store
        if let row = try licenseRow(store: watched, now: started) { context.report(row) }

        var outcome = RunSummary.Outcome.succeeded
        do {
            try body(&context)
        } catch let error as SyncJobsError {
            outcome = .failed(error)
        } catch {
            outcome = .failed(.database(operation: "\(job.rawValue) job", underlying: .init(error)))
        }
        context.counts.rateLimited = RateLimitTally.total(scope: store.code) - rateLimitedBefore
        if context.counts.rateLimited > 0 {
            logger.warning(
                "\(context.counts.rateLimited) request(s) were answered HTTP 429 despite the shared budgets (retried)"
            )
        }
        if case .failed(let error) = outcome {
            logger.error("\(error)")
            context.report(FailureRow.make(error, job: job))
        }

        let gate = ReportGate(database: database, now: clock())
        let reportRows = try gate.rowsToWrite(context.rows, failed: outcome != .succeeded, job: job, store: store.code)
        var reportPath: String?
        do {
            reportPath = try ReportWriter(root: directory.reportsPath).write(
                rows: reportRows,
                job: job,
                store: store.code,
                runID: record.id,
                startedAt: started
            )
        } catch {
            // Disk full or the folder unwritable: the run is finished as failed (not left `running`) and the alert
            // below still goes out, with the rows in the mail instead of an attached report.
            logger.error("could not write the report: \(error)")
            if outcome == .succeeded { outcome = .failed(error) }
            context.report(FailureRow.make(error, job: job))
        }
        if reportPath != nil { try gate.markReported(reportRows, job: job, store: store.code) }
        if watchesLicense {
            LicenseNotice(directory: directory, database: database, logger: logger)
                .writeIfDue(store: watched, runID: record.id, now: clock())
        }
        let mailPath = AlertMailer(directory: directory, database: database, logger: logger, clock: clock).alert(
            rows: watchesLicense ? context.rows.filter { $0.reportCode != .licenseExpiring } : context.rows,
            job: job,
            store: store,
            runID: record.id,
            reportPath: reportPath,
            failure: { if case .failed(let error) = outcome { error } else { nil } }(),
            outage: context.smaregiOutage,
            complete: context.resolvesOpenProblems,
            notMailed: context.notMailedKeys
        )
        let status: RunStatus = if case .failed = outcome { .failed } else { .succeeded }
        let message: String? = if case .failed(let error) = outcome { error.description } else { nil }
        var counts = context.counts
        counts.failed = max(counts.failed, context.rows.filter { $0.severity == .error }.count)
        counts.retries = RetryTally.shared.current(store: store.code) - retriesBefore
        let finalCounts = counts
        try SyncJobsError.database("finish run") {
            try runs.finish(
                id: record.id,
                status: status,
                counts: finalCounts,
                reportPath: reportPath,
                message: message,
                at: clock()
            )
        }
        if status == .succeeded { removeStaging(context.staging) }
        OpenProblems.record(context.rows, job: job, store: store.code, at: clock(), database: database, logger: logger)
        if writesMetrics {
            MetricsFile(directory: directory, database: database, logger: logger, now: clock()).write()
        }
        var summary = RunSummary(
            job: job,
            store: store.code,
            runID: record.id,
            outcome: outcome,
            counts: finalCounts,
            errorRows: context.rows.filter { $0.severity == .error }.count,
            warningRows: context.rows.filter { $0.severity == .warning }.count,
            infoRows: context.rows.filter { $0.severity == .info }.count,
            reportPath: reportPath,
            mailPath: mailPath,
            interruptedRunIDs: interrupted.map(\.id),
            endedAt: clock()
        )
        summary.logCounts = context.logCounts.map { "\($0.name)=\($0.value)" }
        return summary
    }

    /// Deletes a succeeded run's staging folder at once: nothing reads it again, and it holds customer names and
    /// addresses (issue #11 §4: only what a rerun needs is kept). A folder that cannot be removed is logged and left
    /// to the hourly prune (RetentionRule.removesStaging).
    private func removeStaging(_ staging: StagingArea) {
        guard FileManager.default.fileExists(atPath: staging.path) else { return }
        do {
            try FileManager.default.removeItem(atPath: staging.path)
        } catch {
            logger.warning("could not remove the staging folder \(staging.path) of a succeeded run: \(error)")
        }
    }

    /// Deletes the temporary files a killed run of this job and store left behind (we hold its lock).
    private func removeLeftovers(job: JobName, store: String, interrupted: [RunRecord]) {
        // `.<job>_<store>_<run-id>.csv.<pid>.<n>.tmp`: the run id right after the prefix, so store `main` never
        // removes a temporary report of store `main_1` that another thread of the pool is writing (issue #14 §1).
        let reportPrefix = ".\(job.rawValue)_\(store)_"
        let days = (try? FileManager.default.contentsOfDirectory(atPath: directory.reportsPath)) ?? []
        for day in days {
            AtomicFile.removeLeftovers(in: "\(directory.reportsPath)/\(day)") { name in
                guard name.hasPrefix(reportPrefix) else { return false }
                let runID = name.dropFirst(reportPrefix.count).prefix { $0 != "." }
                return !runID.isEmpty && runID.allSatisfy(\.isASCII) && runID.allSatisfy(\.isNumber)
            }
        }
        for dead in interrupted {
            AtomicFile.removeLeftovers(
                in: StagingArea(root: directory.stagingPath, job: job, store: store, runID: dead.id).path
            )
        }
    }

    /// A warning while the license key expires within the configured days, an error once it has expired.
    private func licenseRow(store: StoreRecord, now: Date) throws -> ReportRow? {
        guard let expiry = store.licenseExpiry else { return nil }
        let warningDays = try SyncJobsError.database("read license-warning-days") {
            try SettingsRepository(database: database).licenseWarningDays()
        }
        let days = JSTCalendar.daysUntil(expiry, from: now)
        let shown = JSTCalendar.displayString(expiry)
        let action =
            "RMSでライセンスキーを再発行し `rakuten-sync store set \(store.code) --renew-license-key` で登録してください "
            + "(issue a new key in RMS and register it with store set --renew-license-key)"
        if expiry <= now {
            return ReportRow(
                severity: .error,
                code: .licenseExpired,
                messageJa: "ライセンスキーの有効期限が切れています (\(shown) JST)",
                messageEn: "The RMS license key expired on \(shown) JST; every Rakuten call fails until it is renewed.",
                action: action
            )
        }
        guard days <= warningDays else { return nil }
        return ReportRow(
            severity: .warning,
            code: .licenseExpiring,
            messageJa: "ライセンスキーの有効期限まであと\(days)日です (\(shown) JST)",
            messageEn: "The RMS license key expires in \(days) day(s), on \(shown) JST.",
            action: action
        )
    }

    private static func interruptedRow(_ dead: RunRecord) -> ReportRow {
        ReportRow(
            .runInterrupted,
            messageJa: "前回の実行 (run \(dead.id)) は途中で停止しました。未完了の処理はこの実行で再開します。",
            messageEn:
                "Run \(dead.id) stopped before finishing (pid \(dead.pid)); this run resumes its unfinished work."
        )
    }

    private func summary(job: JobName, store: String, runID: Int64?, outcome: RunSummary.Outcome) -> RunSummary {
        RunSummary(
            job: job,
            store: store,
            runID: runID,
            outcome: outcome,
            counts: RunCounts(),
            errorRows: 0,
            warningRows: 0,
            infoRows: 0,
            reportPath: nil,
            mailPath: nil,
            interruptedRunIDs: [],
            endedAt: clock()
        )
    }
}
