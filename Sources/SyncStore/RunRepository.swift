import Foundation
import GRDB

/// Reads and writes `runs`: the run record of the run frame (design.md §4.2) and the history `rakuten-sync runs` shows.
package struct RunRepository: Sendable {
    let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Records a new `running` run and returns it with its id.
    ///
    /// Call `markInterrupted(job:store:)` first, while holding the job's lock: afterwards this run is itself
    /// `running` and would be marked too.
    package func start(
        job: String,
        store: String,
        pid: Int32 = ProcessInfo.processInfo.processIdentifier,
        at now: Date
    ) throws -> RunRecord {
        try database.write("start run") { db in
            try db.execute(
                sql: """
                    INSERT INTO runs (job, store_code, started_at, status, pid)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [job, store, StoredDate.text(now), RunStatus.running.rawValue, Int(pid)]
            )
            return RunRecord(
                id: db.lastInsertedRowID,
                job: job,
                storeCode: store,
                startedAt: StoredDate.normalized(now),
                status: .running,
                pid: pid
            )
        }
    }

    /// Records how a run ended and returns the updated row; throws `unknownRun` for an unknown id.
    @discardableResult
    package func finish(
        id: Int64,
        status: RunStatus,
        counts: RunCounts,
        reportPath: String? = nil,
        message: String? = nil,
        at now: Date
    ) throws -> RunRecord {
        try database.write("finish run") { db in
            try db.execute(
                sql: """
                    UPDATE runs
                    SET finished_at = ?, status = ?, processed = ?, succeeded = ?, failed = ?, warnings = ?,
                        rate_limited = ?, retries = ?, report_path = ?, message = ?
                    WHERE id = ?
                    """,
                arguments: [
                    StoredDate.text(now), status.rawValue, counts.processed, counts.succeeded, counts.failed,
                    counts.warnings, counts.rateLimited, counts.retries, reportPath, message, id,
                ]
            )
            guard db.changesCount > 0, let run = try Self.fetch(db, id: id) else {
                throw SyncStoreError.unknownRun(id: id)
            }
            return run
        }
    }

    /// Marks every `running` run of this job and store as `interrupted` (finished `now`) and returns them.
    ///
    /// Only the holder of the job's flock may call this (design.md §4.1): with the lock held, no live process
    /// runs this job for this store, so any `running` row belongs to a process that died. The returned runs
    /// tell the caller which staged work to resume.
    @discardableResult
    package func markInterrupted(job: String, store: String, at now: Date) throws -> [RunRecord] {
        try database.write("mark interrupted runs") { db in
            let ids = try Int64.fetchAll(
                db,
                sql: "SELECT id FROM runs WHERE job = ? AND store_code = ? AND status = ? ORDER BY id",
                arguments: [job, store, RunStatus.running.rawValue]
            )
            var runs: [RunRecord] = []
            for id in ids {
                try db.execute(
                    sql: "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?",
                    arguments: [RunStatus.interrupted.rawValue, StoredDate.text(now), id]
                )
                if let run = try Self.fetch(db, id: id) {
                    runs.append(run)
                }
            }
            return runs
        }
    }

    /// Runs newest first, optionally only of one job and/or one store, at most `limit` of them.
    package func list(job: String? = nil, store: String? = nil, limit: Int = 50) throws -> [RunRecord] {
        try database.read("list runs") { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let job {
                conditions.append("job = ?")
                arguments += [job]
            }
            if let store {
                conditions.append("store_code = ?")
                arguments += [store]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments += [max(limit, 0)]
            return try Row.fetchAll(
                db,
                sql: "SELECT * FROM runs \(filter) ORDER BY started_at DESC, id DESC LIMIT ?",
                arguments: arguments
            ).map(Self.record)
        }
    }

    /// The run with this id, or nil.
    package func find(id: Int64) throws -> RunRecord? {
        try database.read("find run") { db in
            try Self.fetch(db, id: id)
        }
    }

    /// The newest run of this job and store with `status` (`succeeded`: the last success, `failed`: what `status`
    /// shows as the last error), or whatever its status when `status` is nil.
    package func lastRun(job: String, store: String, status: RunStatus? = nil) throws -> RunRecord? {
        try database.read(Self.lastRunOperation(status)) { db in
            var sql = "SELECT * FROM runs WHERE job = ? AND store_code = ?"
            var arguments: StatementArguments = [job, store]
            if let status {
                sql += " AND status = ?"
                arguments += [status.rawValue]
            }
            return try Row.fetchOne(db, sql: sql + " ORDER BY started_at DESC, id DESC LIMIT 1", arguments: arguments)
                .map(Self.record)
        }
    }

    /// The operation a failed `lastRun` names.
    private static func lastRunOperation(_ status: RunStatus?) -> String {
        switch status {
        case nil: "read last run"
        case .succeeded: "read last successful run"
        case .failed: "read last failed run"
        case let status?: "read last \(status.rawValue) run"
        }
    }
}

extension RunRepository {
    private static func fetch(_ db: Database, id: Int64) throws -> RunRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE id = ?", arguments: [id]).map(record)
    }

    private static func record(_ row: Row) throws -> RunRecord {
        let statusText = try row.string("status")
        guard let status = RunStatus(rawValue: statusText) else {
            throw SyncStoreError.invalidStoredValue(table: "runs", column: "status", value: statusText)
        }
        return RunRecord(
            id: try row.int64("id"),
            job: try row.string("job"),
            storeCode: try row.string("store_code"),
            startedAt: try row.date("started_at", table: "runs"),
            finishedAt: try row.optionalDate("finished_at", table: "runs"),
            status: status,
            pid: Int32(truncatingIfNeeded: try row.int64("pid")),
            counts: RunCounts(
                processed: try row.int("processed"),
                succeeded: try row.int("succeeded"),
                failed: try row.int("failed"),
                warnings: try row.int("warnings"),
                rateLimited: try row.int("rate_limited"),
                retries: try row.int("retries")
            ),
            reportPath: try row.optionalString("report_path"),
            message: try row.optionalString("message")
        )
    }
}
