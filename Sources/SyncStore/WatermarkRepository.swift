import Foundation
import GRDB

/// Reads and writes `watermarks`: per job and store, how far the job has safely got (docs/design.md §4.8), as a
/// `Watermark` (the one stored form of every job); a job advances it only past what is recorded in the database.
package struct WatermarkRepository: Sendable {
    private let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// The stored watermark, or nil before the job's first successful run. A value that is no watermark (edited by
    /// hand) reads as nil too: the job then starts from its first-run look-back, as it always did.
    package func watermark(job: String, store: String) throws -> Watermark? {
        try database.read("read watermark") { db in
            try String.fetchOne(
                db,
                sql: "SELECT value FROM watermarks WHERE job = ? AND store_code = ?",
                arguments: [job, store]
            )
        }.flatMap(Watermark.init(text:))
    }

    /// When the watermark last changed, or nil when there is none.
    package func updatedAt(job: String, store: String) throws -> Date? {
        try database.read("read watermark") { db in
            try Row.fetchOne(
                db,
                sql: "SELECT updated_at FROM watermarks WHERE job = ? AND store_code = ?",
                arguments: [job, store]
            ).map { try $0.date("updated_at", table: "watermarks") }
        }
    }

    /// Stores `watermark` (its `text`), changed `now`; the store must exist (foreign key), else `unknownStore`.
    package func set(_ watermark: Watermark, job: String, store: String, at now: Date) throws {
        try database.write("write watermark") { db in
            guard try StoreRepository.exists(db, code: store) else {
                throw SyncStoreError.unknownStore(code: store)
            }
            try db.execute(
                sql: """
                    INSERT INTO watermarks (job, store_code, value, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (job, store_code) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                    """,
                arguments: [job, store, watermark.text, StoredDate.text(now)]
            )
        }
    }

    /// Forgets the watermark (the next run starts from its default look-back).
    package func remove(job: String, store: String) throws {
        try database.write("remove watermark") { db in
            try db.execute(sql: "DELETE FROM watermarks WHERE job = ? AND store_code = ?", arguments: [job, store])
        }
    }
}
