import Foundation
import Logging
import SyncCore
import SyncStore

/// Deletes what retention allows (issue #11 §4): old reports, staging no rerun needs, sent mail, run records and
/// alert-ledger entries. Jobs call `pruneIfDue` (at most once per hour per job); `rakuten-sync prune` calls
/// `plan` and `apply`. The rule is SyncCore's `RetentionRule`; the SQL is in SyncStore.
package struct RetentionPruner {
    private let directory: DataDirectory
    private let database: SyncDatabase
    private let logger: Logger
    private let clock: @Sendable () -> Date

    /// A pruner over the data directory and its database.
    package init(
        directory: DataDirectory,
        database: SyncDatabase,
        logger: Logger,
        clock: @escaping @Sendable () -> Date = WallClock.now
    ) {
        self.directory = directory
        self.database = database
        self.logger = logger
        self.clock = clock
    }

    /// The retention periods from `settings`, with the defaults for what is unset.
    package func policy() throws(SyncJobsError) -> RetentionPolicy {
        let settings = SettingsRepository(database: database)
        return try SyncJobsError.database("read retention settings") {
            RetentionPolicy(
                reportsDays: try settings.integer(
                    for: .retentionReportsDays,
                    default: SettingsRepository.defaultRetentionReportsDays
                ),
                stagingDays: try settings.integer(
                    for: .retentionStagingDays,
                    default: SettingsRepository.defaultRetentionStagingDays
                ),
                runsDays: try settings.integer(
                    for: .retentionRunsDays,
                    default: SettingsRepository.defaultRetentionRunsDays
                ),
                sentMailDays: try settings.integer(
                    for: .retentionSentMailDays,
                    default: SettingsRepository.defaultRetentionSentMailDays
                )
            )
        }
    }

    /// Prunes when this job has not pruned within the hour; never throws (a failure is logged).
    package func pruneIfDue(job: JobName) {
        let now = clock()
        let settings = SettingsRepository(database: database)
        do {
            let last = try SyncJobsError.database("read prune stamp") { try settings.lastPruned(job: job.rawValue) }
            guard RetentionRule.isPruneDue(lastPrunedAt: last, now: now) else { return }
            try SyncJobsError.database("write prune stamp") { try settings.setLastPruned(job: job.rawValue, at: now) }
            let done = try apply(try plan())
            if !done.isEmpty { logger.notice("retention: \(done.lines.joined(separator: "; "))") }
        } catch {
            logger.error("retention: could not prune: \(error)")
        }
    }

    /// What retention removes now.
    package func plan() throws(SyncJobsError) -> PrunePlan {
        let policy = try policy()
        let now = clock()
        var plan = PrunePlan()
        for file in Self.files(in: directory.reportsPath, depth: 2)
        where RetentionRule.isExpired(modifiedAt: file.modified, now: now, days: policy.reportsDays) {
            plan.items.append(.init(kind: .reports, path: file.path, bytes: file.bytes))
        }
        plan.items += try stagingItems(now: now, days: policy.stagingDays)
        for file in Self.files(in: directory.sentMailPath, depth: 1)
        where RetentionRule.isExpired(modifiedAt: file.modified, now: now, days: policy.sentMailDays) {
            plan.items.append(.init(kind: .sentMail, path: file.path, bytes: file.bytes))
        }
        let hours = try SyncJobsError.database("read alert-dedup-hours") {
            try SettingsRepository(database: database).alertDedupHours()
        }
        plan.runsCutoff = now.addingTimeInterval(-TimeInterval(policy.runsDays) * 86_400)
        plan.alertCutoff = now.addingTimeInterval(-TimeInterval(hours) * 3600)
        let retention = RetentionRepository(database: database)
        let cutoffs = (plan.runsCutoff, plan.alertCutoff)
        (plan.runRecords, plan.alertEntries) = try SyncJobsError.database("count old records") {
            (try retention.countRuns(startedBefore: cutoffs.0), try retention.countAlerts(sentBefore: cutoffs.1))
        }
        return plan
    }

    /// Deletes what `plan` lists; returns what was actually deleted.
    package func apply(_ plan: PrunePlan) throws(SyncJobsError) -> PrunePlan {
        var done = plan
        done.items = plan.items.filter { item in
            do {
                try FileManager.default.removeItem(atPath: item.path)
                return true
            } catch {
                if FileManager.default.fileExists(atPath: item.path) {
                    logger.warning("retention: could not remove \(item.path): \(error)")
                }
                return false
            }
        }
        for day in Self.children(of: directory.reportsPath) { Self.removeIfEmpty(day) }
        let retention = RetentionRepository(database: database)
        (done.runRecords, done.alertEntries) = try SyncJobsError.database("delete old records") {
            (
                try retention.deleteRuns(startedBefore: plan.runsCutoff),
                try AlertLedger(database: database).purge(sentBefore: plan.alertCutoff)
            )
        }
        return done
    }

    /// Staging folders `staging/<job>/<store>/<run-id>/` the rule lets go.
    private func stagingItems(now: Date, days: Int) throws(SyncJobsError) -> [PrunePlan.Item] {
        // Folders are listed before runs are read: a run's record exists before its folder is created.
        var folders: [(id: Int64, path: String)] = []
        for job in Self.children(of: directory.stagingPath) {
            for store in Self.children(of: job) {
                for run in Self.children(of: store) {
                    if let id = Int64(URL(fileURLWithPath: run).lastPathComponent) { folders.append((id, run)) }
                }
            }
        }
        let ids = folders.map(\.id)
        let states = try SyncJobsError.database("read run states") {
            try RetentionRepository(database: database).runStates(ids: ids)
        }
        return folders.compactMap { folder in
            let files = Self.files(in: folder.path, depth: 1)
            let folderDate = Self.modified(folder.path) ?? .distantPast
            let modified = files.map(\.modified).reduce(folderDate) { max($0, $1) }
            let owner = Self.owner(states[folder.id])
            guard RetentionRule.removesStaging(owner: owner, modifiedAt: modified, now: now, days: days) else {
                return nil
            }
            return .init(kind: .staging, path: folder.path, bytes: files.reduce(Int64(0)) { $0 + $1.bytes })
        }
    }

    private static func owner(_ state: RetentionRepository.RunState?) -> RetentionRule.StagingOwner {
        guard let state else { return .unknown }
        switch state.status {
        case .running: return .running
        case .succeeded: return .succeeded
        case .failed, .skipped: return .failedOrSkipped
        case .interrupted: return state.supersededByFinishedRun ? .interruptedResumed : .interruptedNotResumed
        }
    }

    private static func children(of path: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { "\(path)/\($0)" }.filter { isDirectory($0) }
    }

    /// Regular files `depth` levels below `path` (1: its own files; 2: files of its sub-folders).
    private static func files(in path: String, depth: Int) -> [(path: String, modified: Date, bytes: Int64)] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
        var found: [(path: String, modified: Date, bytes: Int64)] = []
        for name in names {
            let child = "\(path)/\(name)"
            if isDirectory(child) {
                if depth > 1 { found += files(in: child, depth: depth - 1) }
            } else if depth == 1, let attributes = try? FileManager.default.attributesOfItem(atPath: child) {
                let modified = attributes[.modificationDate] as? Date ?? .distantPast
                let bytes = (attributes[.size] as? NSNumber)?.int64Value ?? 0
                found.append((child, modified, bytes))
            }
        }
        return found
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    private static func removeIfEmpty(_ path: String) {
        if let names = try? FileManager.default.contentsOfDirectory(atPath: path), names.isEmpty {
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
