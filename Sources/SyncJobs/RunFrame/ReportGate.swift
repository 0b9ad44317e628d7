import Foundation
import SyncCore
import SyncStore

/// Decides whether a run writes a report file (issue #11 §4): only when it failed, or has a row that no earlier
/// run of the same job and store reported within the alert de-duplication window (`alert-dedup-hours`).
///
/// A standing warning (a mapping in error, an order held for an unmapped SKU) is in one report a window,
/// not in one report a minute. The rows are remembered in the alert ledger under `report:<job>:<code>`, apart
/// from the mail's own entries, and purged with it.
struct ReportGate {
    let database: SyncDatabase
    let now: Date

    /// The rows to write: all of them when one is new or the run failed, else none.
    func rowsToWrite(_ rows: [ReportRow], failed: Bool, job: JobName, store: String) throws(SyncJobsError)
        -> [ReportRow]
    {
        guard !rows.isEmpty else { return [] }
        if failed { return rows }
        let ledger = AlertLedger(database: database)
        let window = try window()
        let keys = rows.map { Self.key($0, job: job) }
        let anyNew = try SyncJobsError.database("read report ledger") {
            try keys.contains { try ledger.shouldSend(store: store, key: $0, now: now, window: window) }
        }
        return anyNew ? rows : []
    }

    /// Remembers that these rows were reported now.
    func markReported(_ rows: [ReportRow], job: JobName, store: String) throws(SyncJobsError) {
        let ledger = AlertLedger(database: database)
        try SyncJobsError.database("record reported rows") {
            for key in Set(rows.map { Self.key($0, job: job) }) { try ledger.markSent(store: store, key: key, at: now) }
        }
    }

    private func window() throws(SyncJobsError) -> TimeInterval {
        let hours = try SyncJobsError.database("read alert-dedup-hours") {
            try SettingsRepository(database: database).alertDedupHours()
        }
        return TimeInterval(hours) * 3600
    }

    /// The row's record key; a row about no record (a run interrupted, a license warning) also keys on its text.
    static func key(_ row: ReportRow, job: JobName) -> AlertKey {
        let aboutRecord = !(row.rakutenOrderNumber + row.rakutenSKU + row.smaregiID).isEmpty
        return AlertKey(
            code: "report:\(job.rawValue):\(row.code)",
            recordKey: aboutRecord ? row.alertKey : row.alertKey + "|" + row.messageEn
        )
    }
}
