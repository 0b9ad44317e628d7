import CurlTransport
import Foundation
import Logging
import RakutenRMS
import SyncCore
import SyncStore

/// Keeps a store's license-key expiry fresh (issue #11 §3): the jobs re-read it from RMS at least daily, and
/// `store set --renew-license-key` reads the new key's date at once.
///
/// Only stores with a Smaregi connection are read (a store still being set up does nothing yet). A read that fails
/// (network, or a key RMS refuses: the expiry API answers 401 once the key has expired) keeps the stored date and
/// is tried again an hour later; it never fails the run, the job's own calls report the problem.
package struct LicenseWatch {
    /// Re-read after this long since the last successful read.
    package static let readInterval: TimeInterval = 24 * 3600
    /// Retry after this long when the last try failed.
    package static let retryInterval: TimeInterval = 3600

    private let database: SyncDatabase
    private let logger: Logger

    /// A watch over the stores in `database`.
    package init(database: SyncDatabase, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    /// The store with its expiry re-read from RMS when a read is due; otherwise (or when the read fails) as given.
    package func refreshIfDue(_ store: StoreRecord, now: Date) -> StoreRecord {
        guard !store.smaregiContractID.isEmpty, !store.licenseKey.isEmpty else { return store }
        let settings = SettingsRepository(database: database)
        do {
            let checked = try settings.date(for: .licenseCheckedAt(store: store.code))
            let tried = try settings.date(for: .licenseCheckTriedAt(store: store.code))
            let readDue =
                store.licenseExpiry == nil || checked.map { now.timeIntervalSince($0) >= Self.readInterval } ?? true
            let retryDue = tried.map { now.timeIntervalSince($0) >= Self.retryInterval || $0 > now } ?? true
            guard readDue, retryDue else { return store }
            var updated = store
            updated.licenseExpiry = try refresh(store, now: now)
            return updated
        } catch {
            logger.warning("could not re-read the license key's expiry date of store \(store.code): \(error)")
            return store
        }
    }

    /// Reads the expiry from RMS now, saves it with the time of the read, and returns it.
    package func refresh(_ store: StoreRecord, now: Date) throws(SyncJobsError) -> Date {
        let settings = SettingsRepository(database: database)
        try SyncJobsError.database("write license check time") {
            try settings.setDate(now, for: .licenseCheckTriedAt(store: store.code))
        }
        let client = RemoteClients.rakuten(
            for: store,
            database: database,
            configuration: HTTPClientConfiguration(connectTimeout: .seconds(5), totalTimeout: .seconds(15)),
            retryPolicy: RetryPolicy(maxAttempts: 2, deadline: .seconds(20)),
            logger: logger
        )
        let expiry: Date
        do {
            expiry = try client.licenseExpiryDate()
        } catch {
            throw SyncJobsError(rakuten: error, store: store.code)
        }
        _ = try StoreSetup(database: database).update(code: store.code, now: now) { record throws(SyncJobsError) in
            record.licenseExpiry = expiry
        }
        try SyncJobsError.database("write license check time") {
            try settings.setDate(now, for: .licenseCheckedAt(store: store.code))
        }
        logger.info(
            "license key of store \(store.code) expires \(JSTCalendar.displayString(expiry)) JST (read from RMS)"
        )
        return expiry
    }

    /// Forgets when the key was last read (after a renewal), so the next run reads the new key's date.
    package func forgetReads(store: String) throws(SyncJobsError) {
        let settings = SettingsRepository(database: database)
        try SyncJobsError.database("reset license check time") {
            try settings.setDate(nil, for: .licenseCheckedAt(store: store))
            try settings.setDate(nil, for: .licenseCheckTriedAt(store: store))
        }
    }
}
