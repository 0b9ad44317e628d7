import Foundation
import GRDB

/// Reads and writes `open_problems` (v10-watching): per store and job, the codes its newest run reported.
package struct OpenProblemRepository: Sendable {
    private let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Replaces what `job` reports for `store` with `problems` (the newest run's), keeping the first-seen time of
    /// codes that were already open.
    package func replace(store: String, job: String, with problems: [OpenProblem]) throws {
        try database.write("record open problems") { db in
            let codes = problems.map(\.code)
            let placeholders = codes.map { _ in "?" }.joined(separator: ", ")
            var arguments: StatementArguments = [store, job]
            arguments += StatementArguments(codes)
            try db.execute(
                sql: "DELETE FROM open_problems WHERE store_code = ? AND job = ?"
                    + (codes.isEmpty ? "" : " AND code NOT IN (\(placeholders))"),
                arguments: arguments
            )
            for problem in problems {
                try db.execute(
                    sql: """
                        INSERT INTO open_problems (store_code, job, code, severity, count, message_ja, message_en,
                            first_seen_at, last_seen_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (store_code, job, code) DO UPDATE SET severity = excluded.severity,
                            count = excluded.count, message_ja = excluded.message_ja,
                            message_en = excluded.message_en, last_seen_at = excluded.last_seen_at
                        """,
                    arguments: [
                        store, job, problem.code, problem.severity, problem.count, problem.messageJa,
                        problem.messageEn, StoredDate.text(problem.firstSeenAt), StoredDate.text(problem.lastSeenAt),
                    ]
                )
            }
        }
    }

    /// Every open problem of `store`, by job and code.
    package func list(store: String) throws -> [OpenProblem] {
        try database.read("list open problems") { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM open_problems WHERE store_code = ? ORDER BY job, severity, code",
                arguments: [store]
            ).map { row in
                OpenProblem(
                    job: try row.string("job"),
                    code: try row.string("code"),
                    severity: try row.string("severity"),
                    count: try row.int("count"),
                    messageJa: try row.string("message_ja"),
                    messageEn: try row.string("message_en"),
                    firstSeenAt: try row.date("first_seen_at", table: "open_problems"),
                    lastSeenAt: try row.date("last_seen_at", table: "open_problems")
                )
            }
        }
    }
}
