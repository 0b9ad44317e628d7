import Foundation
import TestSupport
import Testing

@testable import SyncStore

struct SyncDatabaseTests {
    @Test func migratesAnEmptyDatabaseToEveryTable() throws {
        let database = try SyncDatabase.inMemory()

        // Every registered migration ran, in order, and the tables of v1 (the foundation) exist.
        #expect(try database.appliedMigrations() == SyncDatabase.migrationNames)
        #expect(try database.appliedMigrations().first == "v1")
        let tables = Set(try database.tableNames())
        #expect(Set(["alerts_sent", "runs", "settings", "stores", "watermarks"]).isSubset(of: tables))
    }

    @Test func migratingTwiceChangesNothing() throws {
        // Given a migrated file database holding a store
        let folder = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sync.sqlite").path
        let first = try SyncDatabase.open(at: path)
        try StoreRepository(database: first).add(StoreFixtures.makeStoreRecord(code: "shop-a"), at: Date())

        let migrations = try first.appliedMigrations()
        let tables = try first.tableNames()

        // When it is migrated again, and opened again (which migrates)
        try first.migrate()
        let second = try SyncDatabase.open(at: path)

        // Then the schema and the data are as they were
        #expect(try second.appliedMigrations() == migrations)
        #expect(migrations == SyncDatabase.migrationNames)
        #expect(try second.tableNames() == tables)
        #expect(try StoreRepository(database: second).list().map(\.code) == ["shop-a"])
    }

    @Test func createsTheFileAndItsFolderWithOwnerOnlyMode() throws {
        let folder = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("data/nested/sync.sqlite").path

        let database = try SyncDatabase.open(at: path)
        try SettingsRepository(database: database).set("7", for: .maxStores)

        #expect(try Self.permissions(path) == 0o600)
        let walPath = path + "-wal"
        if FileManager.default.fileExists(atPath: walPath) {
            #expect(try Self.permissions(walPath) == 0o600)
        }
    }

    @Test func tightensAnExistingFileWithLooseMode() throws {
        // Given a database file someone made world-readable
        let folder = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sync.sqlite").path
        _ = try SyncDatabase.open(at: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(try Self.permissions(path) == 0o644)

        // When it is opened again
        _ = try SyncDatabase.open(at: path)

        // Then it is owner-only again
        #expect(try Self.permissions(path) == 0o600)
    }

    @Test func fileDatabaseUsesWriteAheadLogging() throws {
        let folder = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }

        let database = try SyncDatabase.open(at: folder.appendingPathComponent("sync.sqlite").path)

        #expect(try database.journalMode() == "wal")
    }

    @Test func concurrentWritersOnOneFileWaitInsteadOfFailing() throws {
        // Given two independent connections to one file, as two cron processes have
        let folder = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sync.sqlite").path
        let databases = [try SyncDatabase.open(at: path), try SyncDatabase.open(at: path)]
        let failures = FailureLog()
        let runsPerWriter = 40

        // When both write at once, and one of them holds a write transaction for a while
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            do {
                if index == 2 {
                    // real time is the point: the other writers must wait out a lock held this long
                    try databases[0].write("hold the write lock") { _ in Thread.sleep(forTimeInterval: 0.3) }
                    return
                }
                let runs = RunRepository(database: databases[index])
                for _ in 0..<runsPerWriter {
                    let run = try runs.start(job: "orders", store: "shop-\(index)", at: Date())
                    try runs.finish(
                        id: run.id,
                        status: .succeeded,
                        counts: RunCounts(processed: 1, succeeded: 1),
                        at: Date()
                    )
                }
            } catch {
                failures.append(String(describing: error))
            }
        }

        // Then nothing failed with "database is locked" and every run is there
        #expect(failures.messages == [])
        let runs = RunRepository(database: databases[1])
        #expect(try runs.list(store: "shop-0", limit: 1000).count == runsPerWriter)
        #expect(try runs.list(store: "shop-1", limit: 1000).count == runsPerWriter)
        #expect(try runs.list(limit: 1000).allSatisfy { $0.status == .succeeded })
    }

    @Test func inMemoryDatabasesAreIndependent() throws {
        let first = try SyncDatabase.inMemory()
        let second = try SyncDatabase.inMemory()

        try StoreRepository(database: first).add(StoreFixtures.makeStoreRecord(code: "shop-a"), at: Date())

        #expect(try StoreRepository(database: first).count() == 1)
        #expect(try StoreRepository(database: second).count() == 0)
        #expect(first.path == nil)
    }

    private static func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let mode = try #require(attributes[.posixPermissions] as? NSNumber)
        return mode.intValue & 0o777
    }
}

/// Error messages collected from several threads.
private final class FailureLog: @unchecked Sendable {
    // Guarded by `lock`: appended to from `concurrentPerform` threads.
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ message: String) {
        lock.withLock { stored.append(message) }
    }

    var messages: [String] {
        lock.withLock { stored }
    }
}
