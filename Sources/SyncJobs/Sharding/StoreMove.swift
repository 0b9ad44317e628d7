import Foundation
import SyncCore
import SyncStore

/// Moves a store's whole state between data directories (hosts of different shards, docs/scaling.md).
///
/// Moving out holds every job's lock of the store while it exports, writes the file (0600, fsync'd) and deletes the
/// store's rows, so no run of the store is in progress here during the export and none starts here afterwards: the
/// store runs on no host between the export and the import, and never on two.
package struct StoreMove {
    private let directory: DataDirectory
    private let database: SyncDatabase

    /// A move for the data directory `directory` whose database is `database`.
    package init(directory: DataDirectory, database: SyncDatabase) {
        self.directory = directory
        self.database = database
    }

    /// Exports store `code` to `path`; with `remove` (moving out), deletes it here under its job locks.
    package func export(code: String, to path: String, remove: Bool, now: Date) throws(SyncJobsError)
        -> StoreSnapshot
    {
        try directory.createFolders()
        var locks: [FileLock] = []
        defer { locks.forEach { $0.release() } }
        if remove {
            for job in JobName.allCases {
                let lockPath = "\(directory.locksPath)/\(job.rawValue)-\(code).lock"
                guard let lock = try FileLock.acquire(at: lockPath) else {
                    throw .refused(
                        reason: "店舗 \(code) の\(job.japaneseName)が実行中です。終わってから再実行してください "
                            + "(a \(job.executableName) run of store \(code) holds \(lockPath); try again when it ends)"
                    )
                }
                locks.append(lock)
            }
        }
        let transfer = StoreTransfer(database: database)
        let snapshot = try SyncJobsError.database("export store") { try transfer.snapshot(code: code, at: now) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try SyncJobsError.database("encode store export") { try encoder.encode(snapshot) }
        try AtomicFile.write(data, to: path, mode: 0o600)
        if remove {
            try SyncJobsError.database("remove exported store") { try transfer.removeAll(code: code) }
        }
        return snapshot
    }

    /// Imports the store exported to `path`; refuses it when the store limit (`max-stores`) is reached, the code
    /// exists here, or the file comes from a newer schema. Returns the snapshot and the rows inserted per table.
    package func importStore(from path: String) throws(SyncJobsError) -> (StoreSnapshot, [String: Int]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .fileSystem(operation: "read store export", path: path, reason: "no such file or not readable")
        }
        let snapshot: StoreSnapshot
        do {
            snapshot = try JSONDecoder().decode(StoreSnapshot.self, from: data)
        } catch {
            throw .invalidInput(
                field: path,
                problem: "店舗データのファイルではありません (not a `rakuten-sync store export` file): \(error)"
            )
        }
        let limit = try SyncJobsError.database("read max-stores") {
            try SettingsRepository(database: database).maxStores()
        }
        let count = try SyncJobsError.database("count stores") { try StoreRepository(database: database).count() }
        guard count < limit else { throw .refused(reason: StoreValidation.storeLimitMessage(limit: limit)) }
        let counts = try SyncJobsError.database("import store") {
            try StoreTransfer(database: database).restore(snapshot)
        }
        return (snapshot, counts)
    }
}
