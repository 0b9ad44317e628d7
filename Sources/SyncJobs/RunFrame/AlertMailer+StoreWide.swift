import Foundation
import Logging
import SyncStore

extension AlertMailer {
    /// Mails a store-wide problem once for the store (issue #11 §2): recorded as an open problem the first time
    /// any job sees it; mailed at once when the credentials are refused, and only once an outage has lasted
    /// `outage-alert-minutes`. Later runs of any job that hit it again mail nothing; the recovery mail follows when
    /// the job that raised it works again. Returns the `.eml` path when this call wrote the mail.
    func composeStoreWide(_ problem: StoreWideProblem, job: JobName, store: StoreRecord, runID: Int64) throws
        -> String?
    {
        let now = clock()
        let problems = AlertProblemRepository(database: database)
        let seen = try problems.see([
            AlertProblem(
                storeCode: store.code,
                key: problem.key,
                job: job.rawValue,
                firstSeenAt: now,
                messageJa: problem.titleJa,
                messageEn: problem.titleEn
            )
        ])
        guard let open = seen.first else { return nil }
        if let mailed = open.mailedAt {
            logger.info("\(problem.titleEn) was mailed for the store at \(mailed); no new mail until it is over")
            return nil
        }
        if problem.kind == .unavailable {
            let minutes = try SettingsRepository(database: database).outageAlertMinutes()
            guard now.timeIntervalSince(open.firstSeenAt) >= TimeInterval(minutes) * 60 else {
                logger.info("\(problem.titleEn) since \(open.firstSeenAt); mailed once it lasts \(minutes) minute(s)")
                return nil
            }
        }
        guard !(try problems.claimMail(store: store.code, keys: [problem.key], at: now)).isEmpty else { return nil }
        let text = StoreWideAlertMail(
            problem: problem,
            store: store,
            jobs: StoreWideProblem.stoppedJobs(store: store, hitBy: job),
            since: open.firstSeenAt,
            at: now,
            runID: runID,
            job: job
        )
        do {
            let path = try writeOutbox(
                subject: text.subject,
                body: text.body,
                attachments: [],
                job: job,
                store: store,
                runID: runID,
                kind: "store",
                now: now
            )
            logger.notice("store-wide alert mail (\(problem.titleEn)) written to \(path)")
            return path
        } catch {
            try? problems.releaseMail(store: store.code, keys: [problem.key], claimedAt: now)
            throw error
        }
    }
}
