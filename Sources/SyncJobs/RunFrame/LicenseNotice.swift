import Foundation
import Logging
import SyncCore
import SyncStore

/// Mails the license-key notices of a store (`LicenseNoticeStage`): once per stage and expiry date, to the store's
/// alert addresses, through the outbox the alert mail uses (the run's `AlertMailer.alert` sends it right after).
package struct LicenseNotice {
    private let directory: DataDirectory
    private let database: SyncDatabase
    private let logger: Logger

    /// A notice writer over the data directory's outbox.
    package init(directory: DataDirectory, database: SyncDatabase, logger: Logger) {
        self.directory = directory
        self.database = database
        self.logger = logger
    }

    /// Writes the notice due for `store` into the outbox and returns its path; nil when none is due. Never throws.
    ///
    /// The stage is recorded as mailed only once the `.eml` is durably written, so a failed write is retried.
    @discardableResult
    package func writeIfDue(store: StoreRecord, runID: Int64, now: Date) -> String? {
        guard let expiry = store.licenseExpiry, !store.alertEmails.isEmpty else { return nil }
        let isExpired = expiry <= now
        let days = JSTCalendar.daysUntil(expiry, from: now)
        guard let stage = LicenseNoticeStage.stage(daysLeft: days, isExpired: isExpired) else { return nil }
        let settings = SettingsRepository(database: database)
        let expiryText = JSTCalendar.dayString(expiry)
        do {
            let last = try settings.value(for: .licenseNoticeMailed(store: store.code))
            guard LicenseNoticeStage.isDue(stage: stage, expiry: expiryText, lastMailed: last) else { return nil }
            let text = LicenseNoticeMail(
                storeName: store.name,
                storeCode: store.code,
                expiry: expiry,
                daysLeft: days,
                isExpired: isExpired
            )
            let path = try AlertMailer(directory: directory, database: database, logger: logger, clock: { now })
                .writeOutbox(
                    subject: text.subject,
                    body: text.body,
                    to: store,
                    name: "license-\(store.code)-\(stage)d-\(runID)",
                    messageID: "\(runID).license-\(stage)",
                    now: now
                )
            try settings.set(
                LicenseNoticeStage.marker(stage: stage, expiry: expiryText),
                for: .licenseNoticeMailed(store: store.code)
            )
            logger.notice("license key notice (\(stage == 0 ? "expired" : "\(stage) days")) written to \(path)")
            return path
        } catch {
            logger.error("could not write the license key notice of store \(store.code): \(error)")
            return nil
        }
    }
}
