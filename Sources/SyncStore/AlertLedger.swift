import Foundation
import GRDB

/// Reads and writes `alerts_sent`: which problem was last mailed when, so that the same code and record are
/// mailed at most once per window (design.md §4.7; the window is `SettingsRepository.alertDedupHours()`).
package struct AlertLedger: Sendable {
    private let database: SyncDatabase

    /// A ledger over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Whether this problem may be mailed now: never mailed, or last mailed `window` seconds ago or more.
    package func shouldSend(store: String, key: AlertKey, now: Date, window: TimeInterval) throws -> Bool {
        try database.read("read alert ledger") { db in
            try Self.isDue(db, store: store, key: key, now: now, window: window)
        }
    }

    /// Records that this problem was mailed at `now`; throws `unknownStore` when the store does not exist.
    package func markSent(store: String, key: AlertKey, at now: Date) throws {
        try database.write("record sent alert") { db in
            try Self.record(db, store: store, key: key, at: now)
        }
    }

    /// Atomically picks which of `keys` are due (see `shouldSend`) and records them as mailed at `now`.
    ///
    /// Returns the due keys in the order given, without duplicates. One IMMEDIATE transaction, so two
    /// processes never both claim the same key. The caller mails exactly what is returned; if the mail then
    /// fails it stays in the outbox and is retried from there, not re-claimed.
    package func claim(store: String, keys: [AlertKey], now: Date, window: TimeInterval) throws -> [AlertKey] {
        try database.write("claim alerts") { db in
            var claimed: [AlertKey] = []
            var seen: Set<AlertKey> = []
            for key in keys where seen.insert(key).inserted {
                if try Self.isDue(db, store: store, key: key, now: now, window: window) {
                    try Self.record(db, store: store, key: key, at: now)
                    claimed.append(key)
                }
            }
            return claimed
        }
    }

    /// Takes back a `claim` made at `claimedAt` whose mail could not be written (the outbox is full or not
    /// writable): those problems are due again, so the next run mails them. Entries claimed later by another
    /// process are left alone.
    package func release(store: String, keys: [AlertKey], claimedAt: Date) throws {
        try database.write("release alert claim") { db in
            for key in keys {
                try db.execute(
                    sql: """
                        DELETE FROM alerts_sent
                        WHERE store_code = ? AND code = ? AND record_key = ? AND last_sent_at = ?
                        """,
                    arguments: [store, key.code, key.recordKey, StoredDate.text(claimedAt)]
                )
            }
        }
    }

    /// Deletes the entries for `keys`: a problem that is over is mailed again as soon as it recurs.
    package func forget(store: String, keys: [AlertKey]) throws {
        guard !keys.isEmpty else { return }
        try database.write("forget alerts") { db in
            for key in keys {
                try db.execute(
                    sql: "DELETE FROM alerts_sent WHERE store_code = ? AND code = ? AND record_key = ?",
                    arguments: [store, key.code, key.recordKey]
                )
            }
        }
    }

    /// Deletes ledger entries last mailed before `cutoff` (they no longer suppress anything); returns how many.
    @discardableResult
    package func purge(sentBefore cutoff: Date) throws -> Int {
        try database.write("purge alert ledger") { db in
            try db.execute(sql: "DELETE FROM alerts_sent WHERE last_sent_at < ?", arguments: [StoredDate.text(cutoff)])
            return db.changesCount
        }
    }
}

extension AlertLedger {
    private static func isDue(_ db: Database, store: String, key: AlertKey, now: Date, window: TimeInterval) throws
        -> Bool
    {
        let row = try Row.fetchOne(
            db,
            sql: "SELECT last_sent_at FROM alerts_sent WHERE store_code = ? AND code = ? AND record_key = ?",
            arguments: [store, key.code, key.recordKey]
        )
        guard let row else {
            return true
        }
        let lastSent = try row.date("last_sent_at", table: "alerts_sent")
        return now.timeIntervalSince(lastSent) >= window
    }

    private static func record(_ db: Database, store: String, key: AlertKey, at now: Date) throws {
        guard try StoreRepository.exists(db, code: store) else {
            throw SyncStoreError.unknownStore(code: store)
        }
        try db.execute(
            sql: """
                INSERT INTO alerts_sent (store_code, code, record_key, last_sent_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (store_code, code, record_key) DO UPDATE SET last_sent_at = excluded.last_sent_at
                """,
            arguments: [store, key.code, key.recordKey, StoredDate.text(now)]
        )
    }
}
