import Foundation
import Logging
import SyncStore

/// Starts a job for the stores it should run for: one named store, or every store whose switch is on.
package struct JobLauncher {
    private let directory: DataDirectory
    private let logger: Logger
    private let clock: @Sendable () -> Date

    /// A launcher for the data directory, reading the time from `clock`.
    package init(directory: DataDirectory, logger: Logger, clock: @escaping @Sendable () -> Date = WallClock.now) {
        self.directory = directory
        self.logger = logger
        self.clock = clock
    }

    /// Whether `job` runs for `store` when cron starts it without `--store`.
    package static func isEnabled(_ job: JobName, for store: StoreRecord) -> Bool {
        switch job {
        case .orders: store.ordersEnabled
        case .stock: store.stockEnabled
        case .shipping: store.shippingEnabled
        case .mappings: store.ordersEnabled || store.stockEnabled || store.shippingEnabled
        }
    }

    /// Runs `body` in the run frame for each chosen store; a store that fails does not stop the others.
    ///
    /// The stores run at once on a `StorePool` of `concurrency` threads (issue #14 §1), each in its own frame (its
    /// lock, run record, report and alert); the summaries come back in the stores' order.
    /// - Parameters:
    ///   - storeCode: the `--store` option; `nil` means every store whose switch for this job is on.
    ///   - concurrency: the `--store-concurrency` option; `nil` means the `store-concurrency` setting.
    ///   - body: the job's extract–transform–load for one store; called from several threads at once.
    package func launch(
        job: JobName,
        storeCode: String?,
        concurrency: Int? = nil,
        body: (inout RunContext) throws -> Void
    ) throws(SyncJobsError) -> [RunSummary] {
        guard directory.isInitialized else {
            throw .configuration(
                store: storeCode ?? "-",
                problem:
                    "no database in \(directory.path); run `rakuten-sync init` (or set --data-dir / RAKUTEN_SYNC_HOME)"
            )
        }
        let database = try SyncJobsError.database("open database") { try SyncDatabase.open(at: directory.databasePath) }
        let repository = StoreRepository(database: database)
        let stores: [StoreRecord]
        if let storeCode {
            let store = try SyncJobsError.database("read store") { try repository.get(code: storeCode) }
            if !Self.isEnabled(job, for: store) {
                logger.notice(
                    "\(job.japaneseName) is switched off for store \(storeCode); running it because --store names it"
                )
            }
            stores = [store]
        } else {
            stores = try SyncJobsError.database("list stores") { try repository.list() }.filter {
                Self.isEnabled(job, for: $0)
            }
            .filter(ShardSelection(directory: directory, database: database, logger: logger).includes)
            if stores.isEmpty {
                logger.notice("no store has \(job.japaneseName) switched on; nothing to do")
            }
        }
        var workers = concurrency ?? 0
        if concurrency == nil { workers = try Self.configuredConcurrency(database) }
        let pool = StorePool(concurrency: workers)
        let frame = RunFrame(
            directory: directory,
            database: database,
            logger: logger,
            clock: clock,
            watchesLicense: true,
            writesMetrics: stores.count == 1
        )
        let summaries = pool.run(stores) { store in
            let summary = frame.run(job: job, store: store, body: body)
            watchOver(store: store, after: summary, database: database)
            return summary
        }
        if stores.count > 1 {
            MetricsFile(directory: directory, database: database, logger: logger, now: clock()).write()
        }
        RetentionPruner(directory: directory, database: database, logger: logger, clock: clock).pruneIfDue(job: job)
        return summaries
    }

    /// Every run checks every job of its store, so a dead job is reported by the others (DeadmanCheck), and the
    /// first run after rollup-hour each day mails the store's open problems (DailyRollup); their mail goes out now.
    private func watchOver(store: StoreRecord, after summary: RunSummary, database: SyncDatabase) {
        let deadman = DeadmanCheck(directory: directory, database: database, logger: logger)
        let rollup = DailyRollup(directory: directory, database: database, logger: logger).writeIfDue(
            store: store,
            now: clock()
        )
        if !deadman.check(store: store, now: clock()).isEmpty || rollup != nil, summary.runID != nil {
            AlertMailer(directory: directory, database: database, logger: logger, clock: clock).flushOutbox()
        }
    }

    /// The `store-concurrency` setting, or `StorePool.defaultConcurrency` while it is unset.
    private static func configuredConcurrency(_ database: SyncDatabase) throws(SyncJobsError) -> Int {
        try SyncJobsError.database("read store-concurrency") {
            try SettingsRepository(database: database).integer(
                for: .storeConcurrency,
                default: StorePool.defaultConcurrency
            )
        }
    }
}
