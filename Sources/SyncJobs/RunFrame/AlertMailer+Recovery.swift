import Foundation
import Logging
import SyncCore
import SyncStore

extension AlertMailer {
    /// A mailed row's key in `alert_problems`: its code and what the merchant sees (order number, SKU; the Smaregi
    /// id only when neither is given), never a row id, so a mapping fixed by `mapping remove` + `mapping add` is the
    /// same problem.
    static func problemKey(_ row: ReportRow) -> AlertProblem.Key {
        var parts: [String] = []
        if !row.rakutenOrderNumber.isEmpty { parts.append("注文番号 \(row.rakutenOrderNumber)") }
        if !row.rakutenSKU.isEmpty { parts.append("SKU \(row.rakutenSKU)") }
        if parts.isEmpty, !row.smaregiID.isEmpty { parts.append("スマレジ \(row.smaregiID)") }
        return AlertProblem.Key(problemClass: row.code, subject: parts.joined(separator: "  "))
    }

    /// Records the problems a mail told (or, within the window, already told) the merchant about as open.
    func openRecordProblems(_ rows: [ReportRow], job: JobName, store: StoreRecord) throws {
        let now = clock()
        _ = try AlertProblemRepository(database: database).see(
            rows.map {
                AlertProblem(
                    storeCode: store.code,
                    key: Self.problemKey($0),
                    job: job.rawValue,
                    firstSeenAt: now,
                    mailedAt: now,
                    recordKey: $0.alertKey,
                    messageJa: $0.messageJa,
                    messageEn: $0.messageEn
                )
            }
        )
    }

    /// After a complete, successful run: the open problems this job raised that it no longer sees are over; mails
    /// one recovery (解消しました) for those that were mailed and forgets their ledger entries, so a recurrence is
    /// mailed again at once. Returns the `.eml` path when one was written.
    func composeRecovery(stillSeen: Set<AlertProblem.Key>, job: JobName, store: StoreRecord, runID: Int64) throws
        -> String?
    {
        let resolved = try AlertProblemRepository(database: database).resolve(
            store: store.code,
            job: job.rawValue,
            stillSeen: stillSeen
        )
        let ledgerKeys = resolved.filter { !$0.recordKey.isEmpty }.map {
            AlertKey(code: $0.key.problemClass, recordKey: $0.recordKey)
        }
        try AlertLedger(database: database).forget(store: store.code, keys: ledgerKeys)
        let mailed = resolved.filter { $0.mailedAt != nil }
        guard !mailed.isEmpty else { return nil }
        let now = clock()
        let text = RecoveryMail(problems: mailed, job: job, store: store, runID: runID, at: now)
        let path = try writeOutbox(
            subject: text.subject,
            body: text.body,
            attachments: [],
            job: job,
            store: store,
            runID: runID,
            kind: "recovered",
            now: now
        )
        logger.notice("recovery mail for \(mailed.count) problem(s) that are over written to \(path)")
        return path
    }
}
