import CurlTransport
import Foundation
import Logging
import SyncCore
import SyncStore

/// Mails a run's new problems to the store's alert addresses through an outbox (design.md §4.7).
///
/// A mail is first written whole to `data/outbox/` as an `.eml`; then, when SMTP is configured, every
/// mail waiting in the outbox is sent and moved to `data/outbox/sent/`. A mail that cannot be sent now
/// stays in the outbox and goes out with a later run. The alert ledger keeps the same code and record
/// from being mailed more than once per window (default 24 hours).
package struct AlertMailer {
    let directory: DataDirectory
    let database: SyncDatabase
    let logger: Logger
    let clock: @Sendable () -> Date

    /// A mailer over the data directory's outbox and the database's alert ledger and SMTP settings.
    package init(
        directory: DataDirectory,
        database: SyncDatabase,
        logger: Logger,
        clock: @escaping @Sendable () -> Date
    ) {
        self.directory = directory
        self.database = database
        self.logger = logger
        self.clock = clock
    }

    /// The run frame's alert: writes (and, with SMTP, sends) the mail for `rows` not mailed within the window and
    /// returns the first `.eml` written. Never throws: a run's result does not depend on its mail; failures are logged.
    ///
    /// A `failure` that stops the whole store (credentials refused, Rakuten or Smaregi unavailable for longer than
    /// `outage-alert-minutes`) is mailed once for the store, naming every job it stops, instead of as this job's error
    /// row; so is the `outage` a run saw without failing (`RunContext.smaregiOutage`). After a `complete` run (it
    /// looked at every record of the job, and did not fail), the open problems this job raised that it no longer sees
    /// are over: one recovery mail (解消しました) lists those that were mailed. Rows in `notMailed` (their `alertKey`:
    /// the operator's, told on the terminal, and those the outage stands for) and the row of a bad command line are
    /// not mailed.
    package func alert(
        rows: [ReportRow],
        job: JobName,
        store: StoreRecord,
        runID: Int64,
        reportPath: String?,
        failure: SyncJobsError?,
        outage: StoreWideProblem? = nil,
        complete: Bool = false,
        notMailed: Set<String> = []
    ) -> String? {
        let storeWide = failure.flatMap { StoreWideProblem($0) } ?? outage
        // A mapping's return to 連携済み is told by the recovery mail of its problem, not as a new warning.
        var candidates = rows.filter {
            $0.severity != .info && $0.reportCode != .mappingRecovered && !notMailed.contains($0.alertKey)
        }
        // A bad command line (a typo in `--order`) is the operator's, told on the terminal with exit 64: not mailed.
        if let failure, case .invalidInput = failure {
            let row = FailureRow.make(failure, job: job)
            candidates.removeAll { $0 == row }
        }
        if storeWide != nil { candidates.removeAll { StoreWideProblem.failureCodes.contains($0.reportCode) } }
        // An expired key that Rakuten refuses is one problem: the store-wide mail says the expiry date.
        if storeWide?.kind == .authentication { candidates.removeAll { $0.reportCode == .licenseExpired } }
        var written: [String] = []
        if store.alertEmails.isEmpty {
            if !candidates.isEmpty || storeWide != nil {
                logger.notice(
                    "store \(store.code) has no alert e-mail address; \(candidates.count) problem(s) are only in the report"
                )
            }
        } else {
            if let storeWide {
                do {
                    if let path = try composeStoreWide(storeWide, job: job, store: store, runID: runID) {
                        written.append(path)
                    }
                } catch {
                    logger.error("could not write the store-wide alert mail: \(error)")
                }
            }
            if !candidates.isEmpty {
                do {
                    if let path = try compose(candidates, job: job, store: store, runID: runID, reportPath: reportPath)
                    {
                        written.append(path)
                    }
                    try openRecordProblems(
                        candidates.filter { $0.reportCode.isStanding },
                        job: job,
                        store: store
                    )
                } catch {
                    logger.error("could not write the alert mail: \(error)")
                }
            }
            if complete, failure == nil {
                do {
                    var stillSeen = Set(candidates.map(Self.problemKey))
                    if let storeWide { stillSeen.insert(storeWide.key) }
                    if let path = try composeRecovery(stillSeen: stillSeen, job: job, store: store, runID: runID) {
                        written.append(path)
                    }
                } catch {
                    logger.error("could not write the recovery mail: \(error)")
                }
            }
        }
        flushOutbox()
        return written.first
    }

    private func compose(_ rows: [ReportRow], job: JobName, store: StoreRecord, runID: Int64, reportPath: String?)
        throws -> String?
    {
        let settings = SettingsRepository(database: database)
        let hours = try settings.alertDedupHours()
        let keys = rows.map { AlertKey(code: $0.code, recordKey: $0.alertKey) }
        let ledger = AlertLedger(database: database)
        let claimedAt = clock()
        let claimed = try ledger.claim(
            store: store.code,
            keys: keys,
            now: claimedAt,
            window: TimeInterval(hours) * 3600
        )
        let due = Set(claimed)
        let fresh = rows.filter { due.contains(AlertKey(code: $0.code, recordKey: $0.alertKey)) }
        guard !fresh.isEmpty else {
            logger.info("\(rows.count) problem(s) were already mailed within \(hours) h; no new mail")
            return nil
        }
        let now = clock()
        let text = AlertMail(
            rows: fresh,
            job: job,
            storeName: store.name,
            storeCode: store.code,
            runID: runID,
            at: now,
            dedupHours: hours,
            reportPath: reportPath
        )
        var attachments: [MailAttachment] = []
        if let reportPath, let data = FileManager.default.contents(atPath: reportPath) {
            attachments.append(
                MailAttachment(
                    filename: URL(fileURLWithPath: reportPath).lastPathComponent,
                    contentType: "text/csv; charset=UTF-8",
                    data: data
                )
            )
        }
        let path: String
        do {
            // The claim holds only once the mail is durably in the outbox (AtomicFile fsyncs and renames): a mail
            // that cannot be written gives its problems back, so the next run mails them instead of the ledger
            // suppressing them for the whole window.
            path = try writeOutbox(
                subject: text.subject,
                body: text.body,
                attachments: attachments,
                job: job,
                store: store,
                runID: runID,
                kind: nil,
                now: now
            )
        } catch {
            do {
                try ledger.release(store: store.code, keys: claimed, claimedAt: claimedAt)
            } catch let releaseError {
                logger.error("could not take back the alert claim after a failed write: \(releaseError)")
            }
            throw error
        }
        logger.notice("alert mail for \(fresh.count) new problem(s) written to \(path)")
        return path
    }

    /// Writes one alert mail of a run durably to the outbox and returns its path; `kind` tells apart the several
    /// mails one run may write (`store`, `recovered`).
    func writeOutbox(
        subject: String,
        body: String,
        attachments: [MailAttachment],
        job: JobName,
        store: StoreRecord,
        runID: Int64,
        kind: String?,
        now: Date
    ) throws -> String {
        try writeOutbox(
            subject: subject,
            body: body,
            attachments: attachments,
            to: store,
            name: "\(job.rawValue)-\(store.code)-\(runID)\(kind.map { "-\($0)" } ?? "")",
            messageID: "\(runID).\(job.rawValue)\(kind.map { ".\($0)" } ?? "")",
            now: now
        )
    }

    /// Writes one mail to the store's alert addresses durably to the outbox (`AtomicFile`: fsync and rename) and
    /// returns its path. Every `.eml` the jobs write goes through here (the run's alert, the store-wide and
    /// recovery mails, `DeadmanCheck`, `LicenseNotice`, `DailyRollup`), so a caller that records a mail as sent
    /// does so after this returns (issue #11 §2: a mail that could not be written is not suppressed). The file is
    /// `<JST stamp>-<name>.eml` and its Message-ID `<JST stamp>.<messageID>@rakuten-sync`.
    func writeOutbox(
        subject: String,
        body: String,
        attachments: [MailAttachment] = [],
        to store: StoreRecord,
        name: String,
        messageID: String,
        now: Date
    ) throws -> String {
        let from = try SettingsRepository(database: database).smtp()?.from ?? "rakuten-sync@localhost"
        let message = MailMessage(
            from: from,
            to: store.alertEmails,
            subject: subject,
            body: body,
            attachments: attachments
        )
        let stamp = Self.stamp(now)
        let path = "\(directory.outboxPath)/\(stamp)-\(name).eml"
        try AtomicFile.write(
            message.rendered(date: now, messageID: "\(stamp).\(messageID)@rakuten-sync"),
            to: path,
            mode: 0o600
        )
        return path
    }

    /// Sends every `.eml` waiting in the outbox, oldest first, when SMTP is configured; stops at the first failure
    /// (retried next run). Each file is claimed first (`OutboxClaim`), so when several runs end at once every mail is
    /// sent by exactly one. `alert` calls it after writing; other writers of the outbox call it themselves. Never
    /// throws: failures are logged.
    package func flushOutbox() {
        let smtp: SMTPSettings?
        do {
            smtp = try SettingsRepository(database: database).smtp()
        } catch {
            logger.error("could not read the SMTP settings: \(error)")
            return
        }
        guard let smtp else { return }
        let waiting = ((try? FileManager.default.contentsOfDirectory(atPath: directory.outboxPath)) ?? [])
            .filter { $0.hasSuffix(".eml") && !$0.hasPrefix(".") }
            .sorted()
        guard !waiting.isEmpty else { return }
        for name in waiting {
            let path = "\(directory.outboxPath)/\(name)"
            guard let claim = OutboxClaim.take(path) else {
                logger.debug("alert mail \(name) is being sent by another run (or was just sent); skipped")
                continue
            }
            defer { claim.release() }
            guard let data = FileManager.default.contents(atPath: path), let envelope = OutboxEnvelope(message: data)
            else {
                logger.error("outbox file \(path) has no From/To header; left in place")
                continue
            }
            do {
                try Self.deliver(data, from: envelope.from, to: envelope.recipients, smtp: smtp)
                _ = try AtomicFile.move(path, toDirectory: directory.sentMailPath)
                logger.notice("alert mail sent to \(envelope.recipients.joined(separator: ", ")): \(name)")
            } catch {
                logger.warning("alert mail \(name) not sent (\(error)); it stays in the outbox and is retried next run")
                return
            }
        }
    }

    private static func stamp(_ date: Date) -> String {
        JSTCalendar.displayString(date).filter(\.isNumber)
    }
}
