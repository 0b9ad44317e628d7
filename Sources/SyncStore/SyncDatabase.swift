import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rakuten-sync SQLite database: one file shared by every cron process, opened through GRDB.
///
/// `open(at:)` creates the file with mode 0600 (it holds service secrets and license keys, design.md §6), puts it
/// in WAL mode, waits up to 5 seconds for a lock held by another process, turns foreign keys on and runs the
/// migrations. GRDB types stay inside this module: callers use the repositories.
package final class SyncDatabase: Sendable {
    /// The connection (a `DatabasePool` for a file, a `DatabaseQueue` in memory); thread-safe by itself.
    let writer: any DatabaseWriter
    /// The file path, or nil for an in-memory database.
    package let path: String?

    private init(writer: any DatabaseWriter, path: String?) {
        self.writer = writer
        self.path = path
    }

    /// How long a statement waits for another process's lock before failing with "database is locked".
    package static let busyTimeoutSeconds: TimeInterval = 5

    /// Opens (creating if needed) the database file at `path`, secures it to mode 0600 and migrates it.
    package static func open(at path: String) throws -> SyncDatabase {
        try prepareFile(at: path)
        var configuration = Configuration()
        configuration.label = "rakuten-sync"
        configuration.busyMode = .timeout(busyTimeoutSeconds)
        configuration.foreignKeysEnabled = true
        configuration.journalMode = .wal
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw SyncStoreError.wrap(error, operation: "open database")
        }
        let database = SyncDatabase(writer: pool, path: path)
        try database.migrate()
        return database
    }

    /// A fresh, private in-memory database with the full schema, for unit tests.
    package static func inMemory() throws -> SyncDatabase {
        var configuration = Configuration()
        configuration.label = "rakuten-sync-memory"
        configuration.foreignKeysEnabled = true
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration)
        } catch {
            throw SyncStoreError.wrap(error, operation: "open in-memory database")
        }
        let database = SyncDatabase(writer: queue, path: nil)
        try database.migrate()
        return database
    }

    /// Applies the migrations not yet applied; a no-op on an up-to-date database.
    ///
    /// Two cron processes may open a brand-new file at the same moment: both see no migration applied, one
    /// creates the tables and the other then fails with "table already exists". That loser retries once,
    /// after the winner committed, and finds nothing left to do.
    package func migrate() throws {
        let migrator = Self.migrator
        do {
            try migrator.migrate(writer)
        } catch {
            do {
                try migrator.migrate(writer)
            } catch {
                throw SyncStoreError.wrap(error, operation: "migrate")
            }
        }
    }

    /// The identifiers of the migrations applied to this database, in order (`["v1", ...]`).
    package func appliedMigrations() throws -> [String] {
        try read("read applied migrations") { db in
            try Self.migrator.appliedMigrations(db)
        }
    }

    /// SQLite's journal mode (`wal` for a file opened with `open(at:)`, `memory` in memory).
    package func journalMode() throws -> String {
        try read("read journal mode") { db in
            try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
        }
    }

    /// The names of the application tables, sorted (GRDB's and SQLite's own tables are left out).
    package func tableNames() throws -> [String] {
        try read("list tables") { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master
                    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                    ORDER BY name
                    """
            )
        }
    }

    /// Runs `body` in a write transaction (IMMEDIATE, so concurrent processes queue on the busy timeout).
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch {
            throw SyncStoreError.wrap(error, operation: operation)
        }
    }

    /// Runs `body` with read access to a consistent snapshot.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch {
            throw SyncStoreError.wrap(error, operation: operation)
        }
    }
}

extension SyncDatabase {
    /// Creates the parent folder and the file with mode 0600, or tightens an existing file to 0600.
    ///
    /// The file is created here, before SQLite opens it, because SQLite would create it with 0644 and then
    /// give its `-wal` and `-shm` files the same loose mode. An existing file is only `chmod`ed by path, never
    /// opened: closing any descriptor of a file drops every POSIX lock this process holds on it, including
    /// SQLite's, should another `SyncDatabase` of this process have it open.
    private static func prepareFile(at path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw SyncStoreError.fileAccess(path: folder, operation: "create folder", errno: errno)
            }
        }
        if !FileManager.default.fileExists(atPath: path) {
            let descriptor = posixOpen(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw SyncStoreError.fileAccess(path: path, operation: "create", errno: errno)
            }
            close(descriptor)
        }
        for file in [path, path + "-wal", path + "-shm"] {
            var status = stat()
            guard stat(file, &status) == 0 else {
                if file == path {
                    throw SyncStoreError.fileAccess(path: path, operation: "stat", errno: errno)
                }
                continue
            }
            if status.st_mode & 0o7777 != 0o600, chmod(file, 0o600) != 0 {
                throw SyncStoreError.fileAccess(path: file, operation: "chmod 0600", errno: errno)
            }
        }
    }
}

/// `open(2)`, named apart from `SyncDatabase.open(at:)`, which shadows it inside the type.
private func posixOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    #if canImport(Glibc)
        Glibc.open(path, flags, mode)
    #else
        Darwin.open(path, flags, mode)
    #endif
}
