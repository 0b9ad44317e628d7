import Foundation
import GRDB

/// Reads and writes `alert_problems`, the open problems of each store (docs/architecture.md "Open problems").
///
/// A problem is recorded when it is mailed (or, for a store-wide outage, when first seen, unmailed until it has
/// lasted long enough), and deleted by the first later run of the job that raised it that no longer sees it; the
/// caller mails the recovery of every deleted problem that had been mailed. Each call is one transaction, so when
/// several processes end at once a problem is mailed, and its recovery mailed, by exactly one of them.
package struct AlertProblemRepository: Sendable {
    private let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Records `problems` as seen: inserts the absent ones as given, leaves the stored ones (their first sighting,
    /// job and mail time) alone; returns the stored state of each, in the order given.
    package func see(_ problems: [AlertProblem]) throws -> [AlertProblem] {
        try database.write("record open problems") { db in
            var stored: [AlertProblem] = []
            for problem in problems {
                guard try StoreRepository.exists(db, code: problem.storeCode) else {
                    throw SyncStoreError.unknownStore(code: problem.storeCode)
                }
                try db.execute(
                    sql: """
                        INSERT INTO alert_problems
                            (store_code, class, subject, job, first_seen_at, mailed_at, record_key, message_ja, message_en)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (store_code, class, subject) DO NOTHING
                        """,
                    arguments: [
                        problem.storeCode, problem.key.problemClass, problem.key.subject, problem.job,
                        StoredDate.text(problem.firstSeenAt), problem.mailedAt.map(StoredDate.text),
                        problem.recordKey, problem.messageJa, problem.messageEn,
                    ]
                )
                if let row = try Self.fetch(db, store: problem.storeCode, key: problem.key) { stored.append(row) }
            }
            return stored
        }
    }

    /// Marks the not yet mailed problems among `keys` as mailed at `now`; returns the keys this call marked (a key
    /// another process marked first, or already mailed, is not returned).
    package func claimMail(store: String, keys: [AlertProblem.Key], at now: Date) throws -> [AlertProblem.Key] {
        try database.write("claim problem mail") { db in
            var claimed: [AlertProblem.Key] = []
            for key in keys {
                try db.execute(
                    sql: """
                        UPDATE alert_problems SET mailed_at = ?
                        WHERE store_code = ? AND class = ? AND subject = ? AND mailed_at IS NULL
                        """,
                    arguments: [StoredDate.text(now), store, key.problemClass, key.subject]
                )
                if db.changesCount > 0 { claimed.append(key) }
            }
            return claimed
        }
    }

    /// Takes back a `claimMail` made at `claimedAt` whose mail could not be written.
    package func releaseMail(store: String, keys: [AlertProblem.Key], claimedAt: Date) throws {
        try database.write("release problem mail") { db in
            for key in keys {
                try db.execute(
                    sql: """
                        UPDATE alert_problems SET mailed_at = NULL
                        WHERE store_code = ? AND class = ? AND subject = ? AND mailed_at = ?
                        """,
                    arguments: [store, key.problemClass, key.subject, StoredDate.text(claimedAt)]
                )
            }
        }
    }

    /// The open problems of a store, oldest first.
    package func open(store: String) throws -> [AlertProblem] {
        try database.read("read open problems") { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM alert_problems WHERE store_code = ? ORDER BY first_seen_at, class, subject",
                arguments: [store]
            ).map(Self.problem)
        }
    }

    /// Deletes the open problems raised by `job` for `store` whose class is in `classes` (nil: any class) and whose
    /// key is not in `stillSeen`; returns what this call deleted (each problem is returned to one caller only).
    package func resolve(
        store: String,
        job: String,
        classes: Set<String>? = nil,
        stillSeen: Set<AlertProblem.Key>
    ) throws -> [AlertProblem] {
        try database.write("resolve open problems") { db in
            let candidates = try Row.fetchAll(
                db,
                sql:
                    "SELECT * FROM alert_problems WHERE store_code = ? AND job = ? ORDER BY first_seen_at, class, subject",
                arguments: [store, job]
            ).map(Self.problem)
            var resolved: [AlertProblem] = []
            for problem in candidates where !stillSeen.contains(problem.key) {
                if let classes, !classes.contains(problem.key.problemClass) { continue }
                try db.execute(
                    sql: "DELETE FROM alert_problems WHERE store_code = ? AND class = ? AND subject = ?",
                    arguments: [store, problem.key.problemClass, problem.key.subject]
                )
                if db.changesCount > 0 { resolved.append(problem) }
            }
            return resolved
        }
    }
}

extension AlertProblemRepository {
    private static func fetch(_ db: Database, store: String, key: AlertProblem.Key) throws -> AlertProblem? {
        try Row.fetchOne(
            db,
            sql: "SELECT * FROM alert_problems WHERE store_code = ? AND class = ? AND subject = ?",
            arguments: [store, key.problemClass, key.subject]
        ).map(problem)
    }

    private static func problem(_ row: Row) throws -> AlertProblem {
        AlertProblem(
            storeCode: try row.string("store_code"),
            key: AlertProblem.Key(problemClass: try row.string("class"), subject: try row.string("subject")),
            job: try row.string("job"),
            firstSeenAt: try row.date("first_seen_at", table: "alert_problems"),
            mailedAt: try row.optionalDate("mailed_at", table: "alert_problems"),
            recordKey: try row.string("record_key"),
            messageJa: try row.string("message_ja"),
            messageEn: try row.string("message_en")
        )
    }
}
