import Foundation
import Logging
import SyncCore
import SyncStore

/// Writes `data/metrics/rakuten_sync.prom` for Prometheus' textfile collector after each run (issue #11 §3).
///
/// Built from the database, so the file each job writes holds every job of every store, not only its own.
package struct MetricsFile {
    private let directory: DataDirectory
    private let database: SyncDatabase
    private let logger: Logger
    private let now: Date

    /// A writer for the data directory's metrics file.
    package init(directory: DataDirectory, database: SyncDatabase, logger: Logger, now: Date) {
        self.directory = directory
        self.database = database
        self.logger = logger
        self.now = now
    }

    /// The file the textfile collector reads.
    package static func path(in directory: DataDirectory) -> String { directory.path + "/metrics/rakuten_sync.prom" }

    /// Rewrites the file atomically; a failure is logged, never fails the run. Every figure, the 429s and retries
    /// included, is read from `runs` (v10-watching), so a launcher running many stores writes it once after them.
    package func write() {
        do {
            let text = PrometheusText.render(try snapshot())
            try AtomicFile.write(Data(text.utf8), to: Self.path(in: directory))
        } catch {
            logger.warning("could not write \(Self.path(in: directory)): \(error)")
        }
    }

    /// What the file shows, read from `runs`, `stores` and the outbox folder.
    package func snapshot() throws -> MetricsSnapshot {
        let runs = RunRepository(database: database)
        let stores = try StoreRepository(database: database).list()
        var samples: [MetricsSnapshot.JobSample] = []
        var days: [String: Int] = [:]
        for store in stores {
            if let expiry = store.licenseExpiry { days[store.code] = JSTCalendar.daysUntil(expiry, from: now) }
            for job in JobName.allCases {
                guard let last = try runs.lastRun(job: job.rawValue, store: store.code) else { continue }
                let success = try runs.lastRun(job: job.rawValue, store: store.code, status: .succeeded)
                samples.append(
                    MetricsSnapshot.JobSample(
                        job: job.rawValue,
                        store: store.code,
                        lastRun: last.startedAt,
                        lastSuccess: success.map { $0.finishedAt ?? $0.startedAt },
                        durationSeconds: last.finishedAt.map { $0.timeIntervalSince(last.startedAt) },
                        processed: last.counts.processed,
                        succeeded: last.counts.succeeded,
                        failed: last.counts.failed,
                        warnings: last.counts.warnings,
                        rateLimited: last.counts.rateLimited,
                        retries: last.counts.retries
                    )
                )
            }
        }
        return MetricsSnapshot(jobs: samples, licenseDaysLeft: days, outboxBacklog: Self.outboxBacklog(in: directory))
    }

    /// `.eml` files waiting in the outbox folder (not those already sent).
    package static func outboxBacklog(in directory: DataDirectory) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.outboxPath)) ?? []
        return names.filter { $0.hasSuffix(".eml") && !$0.hasPrefix(".") }.count
    }
}
