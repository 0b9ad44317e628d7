import Foundation
import Logging
import SyncStore

/// The dead-man check (issue #11 §3): after each run, the job looks at every job of its store, not only itself,
/// so that a job whose cron line is gone or whose process dies before its run record is still reported by the
/// others (they run every minute or five). A switched-on job without a success for its threshold
/// (`StatusBoard.thresholdMinutes`) is mailed once; when it succeeds again, a recovery is mailed once.
package struct DeadmanCheck {
    private let directory: DataDirectory
    private let database: SyncDatabase
    private let logger: Logger

    /// A check over the data directory's database and outbox.
    package init(directory: DataDirectory, database: SyncDatabase, logger: Logger) {
        self.directory = directory
        self.database = database
        self.logger = logger
    }

    /// Writes the dead-man alerts and recoveries due for `store` to the outbox; returns their paths. Never throws.
    @discardableResult
    package func check(store: StoreRecord, now: Date) -> [String] {
        // Without an alert address nobody is told, so nothing is recorded as mailed either (status still shows it).
        guard !store.alertEmails.isEmpty else { return [] }
        do {
            let board = try StatusBoard.read(database: database, now: now)
            guard let line = board.stores.first(where: { $0.code == store.code }) else { return [] }
            let markers = WatchMarkerRepository(database: database)
            var written: [String] = []
            for job in line.jobs {
                let key = SettingKey.deadmanAlerted(store: store.code, job: job.job.rawValue)
                if job.isStale {
                    guard try markers.claim(key, value: "\(now.timeIntervalSince1970)") else { continue }
                    let minutes = StatusBoard.thresholdMinutes(for: job.job, deadman: board.staleAfterMinutes)
                    let text = DeadmanMail(
                        alertFor: job.job,
                        storeName: store.name,
                        storeCode: store.code,
                        lastSuccess: job.lastSuccess.map { $0.finishedAt ?? $0.startedAt },
                        minutes: minutes,
                        now: now
                    )
                    do {
                        written.append(
                            try write(text.subject, text.body, store: store, name: "deadman-\(job.job)", now: now)
                        )
                    } catch {
                        _ = try markers.clear(key)  // not mailed: the next run tries again
                        throw error
                    }
                } else if !job.isEnabled {
                    _ = try markers.clear(key)  // switched off: nothing to recover
                } else if let success = job.lastSuccess, try markers.isSet(key), try markers.clear(key) {
                    let text = DeadmanMail(
                        recoveryFor: job.job,
                        storeName: store.name,
                        storeCode: store.code,
                        succeededAt: success.finishedAt ?? success.startedAt
                    )
                    written.append(
                        try write(text.subject, text.body, store: store, name: "recovered-\(job.job)", now: now)
                    )
                }
            }
            return written
        } catch {
            logger.error("dead-man check of store \(store.code) failed: \(error)")
            return []
        }
    }

    private func write(_ subject: String, _ body: String, store: StoreRecord, name: String, now: Date) throws -> String
    {
        let path = try AlertMailer(directory: directory, database: database, logger: logger, clock: { now })
            .writeOutbox(
                subject: subject,
                body: body,
                to: store,
                name: "\(name)-\(store.code)",
                messageID: "\(name).\(store.code)",
                now: now
            )
        logger.notice("\(subject) — written to \(path)")
        return path
    }
}
