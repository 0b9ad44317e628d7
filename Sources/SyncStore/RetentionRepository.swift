import Foundation
import GRDB

/// The SQL of retention (issue #11 §4): which runs a staging folder belongs to, and old runs and alert-ledger
/// entries to count or delete. What is old enough is decided by SyncCore's `RetentionRule`.
package struct RetentionRepository: Sendable {
    /// What `runs` says about the run owning a staging folder.
    package struct RunState: Sendable, Equatable {
        /// The run's status.
        package var status: RunStatus
        /// Whether a later run of the same job and store finished (succeeded or failed) since this one.
        package var supersededByFinishedRun: Bool
    }

    private let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// The state of each run id that exists.
    package func runStates(ids: [Int64]) throws -> [Int64: RunState] {
        guard !ids.isEmpty else { return [:] }
        return try database.read("read run states for retention") { db in
            var states: [Int64: RunState] = [:]
            for id in ids {
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT r.status AS status, EXISTS (
                            SELECT 1 FROM runs later
                            WHERE later.job = r.job AND later.store_code = r.store_code AND later.id > r.id
                              AND later.status IN (?, ?)
                        ) AS superseded
                        FROM runs r WHERE r.id = ?
                        """,
                    arguments: [RunStatus.succeeded.rawValue, RunStatus.failed.rawValue, id]
                )
                guard let row else { continue }
                let text = try row.string("status")
                guard let status = RunStatus(rawValue: text) else {
                    throw SyncStoreError.invalidStoredValue(table: "runs", column: "status", value: text)
                }
                states[id] = RunState(status: status, supersededByFinishedRun: try row.int64("superseded") != 0)
            }
            return states
        }
    }

    /// How many finished runs (any status but `running`) started before `cutoff`.
    package func countRuns(startedBefore cutoff: Date) throws -> Int {
        try database.read("count old runs") { db in
            try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM runs WHERE started_at < ? AND status <> ?",
                arguments: [StoredDate.text(cutoff), RunStatus.running.rawValue]
            ) ?? 0
        }
    }

    /// Deletes finished runs (any status but `running`) started before `cutoff`; returns how many.
    package func deleteRuns(startedBefore cutoff: Date) throws -> Int {
        try database.write("delete old runs") { db in
            try db.execute(
                sql: "DELETE FROM runs WHERE started_at < ? AND status <> ?",
                arguments: [StoredDate.text(cutoff), RunStatus.running.rawValue]
            )
            return db.changesCount
        }
    }

    /// How many alert-ledger entries were last sent before `cutoff` (`AlertLedger.purge` deletes them).
    package func countAlerts(sentBefore cutoff: Date) throws -> Int {
        try database.read("count old alert ledger entries") { db in
            try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM alerts_sent WHERE last_sent_at < ?",
                arguments: [StoredDate.text(cutoff)]
            ) ?? 0
        }
    }
}
