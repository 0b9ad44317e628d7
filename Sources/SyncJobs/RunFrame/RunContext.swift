import Logging
import SyncCore
import SyncStore

/// What a job body gets from the run frame: who it runs for, where to stage, where problems go.
package struct RunContext {
    /// The run's record id (also in the staging path and the report file name).
    package let runID: Int64
    /// The job being run.
    package let job: JobName
    /// The store the run works for.
    package let store: StoreRecord
    /// This run's staging folder.
    package let staging: StagingArea
    /// Runs of this job and store that died while running; their staged work may be resumed.
    package let interruptedRuns: [RunRecord]
    /// A logger with `job`, `store` and `run_id` metadata.
    package let logger: Logger
    /// The database, for the job's own repositories.
    package let database: SyncDatabase

    /// The report rows collected so far, in order.
    package private(set) var rows: [ReportRow] = []
    /// Records the job looked at and how they ended.
    package var counts = RunCounts()
    /// What the run did, in the job's own words, for the one cron.log line (e.g. `new=2 held=1`).
    package var logCounts: [(name: String, value: Int)] = []
    /// Whether this run looks at every record of its job, so that a mailed problem it no longer reports is over
    /// (recovery mail); false for a run of a few named records (`--order`) or a dry run.
    package var resolvesOpenProblems = true

    init(
        runID: Int64,
        job: JobName,
        store: StoreRecord,
        staging: StagingArea,
        interruptedRuns: [RunRecord],
        logger: Logger,
        database: SyncDatabase
    ) {
        self.runID = runID
        self.job = job
        self.store = store
        self.staging = staging
        self.interruptedRuns = interruptedRuns
        self.logger = logger
        self.database = database
    }

    /// Record keys (`ReportRow.alertKey`) of rows meant for the operator at the terminal: reported, not mailed.
    package private(set) var operatorOnlyKeys: Set<String> = []
    /// The Smaregi outage this run saw without failing (work left for the next run because Smaregi did not answer),
    /// mailed as the store's store-wide problem (`StoreWideProblem`) once it outlasts `outage-alert-minutes`; nil when
    /// the run saw none.
    package private(set) var smaregiOutage: StoreWideProblem?
    /// Record keys of the rows `smaregiOutage` stands for: reported, not mailed on their own.
    package private(set) var outageRowKeys: Set<String> = []

    /// Record keys of the rows told another way than the alert mail: the operator's and those of the outage.
    package var notMailedKeys: Set<String> { operatorOnlyKeys.union(outageRowKeys) }

    /// Adds a problem that the operator who started the run by hand made (a typo in `--order`): it is in the report
    /// and on the terminal, and not mailed to the store's alert address.
    package mutating func reportToOperator(_ row: ReportRow) {
        operatorOnlyKeys.insert(row.alertKey)
        report(row)
    }

    /// Adds a row of work left for the next run because Smaregi did not answer (`SMAREGI_UNAVAILABLE`, 対応不要) and
    /// notes the outage (`smaregiOutage`, with the first such row's message as its detail): the merchant hears of it
    /// once for the store, not as a warning mail of the job.
    package mutating func reportSmaregiOutage(_ row: ReportRow) {
        if smaregiOutage == nil {
            smaregiOutage = StoreWideProblem(kind: .unavailable, service: .smaregi, detail: row.messageEn)
        }
        outageRowKeys.insert(row.alertKey)
        report(row)
    }

    /// Adds a problem to the run's report; warnings and errors are also counted.
    package mutating func report(_ row: ReportRow) {
        rows.append(row)
        switch row.severity {
        case .warning: counts.warnings += 1
        case .error, .info: break
        }
    }
}
