import Foundation

/// Where a job keeps its state: the data directory and the reports directory beside it (design.md §2).
///
/// The data directory is `--data-dir`, else `RAKUTEN_SYNC_HOME`, else `./data`; reports go to
/// `RAKUTEN_SYNC_REPORTS`, else the `reports` folder next to the data directory.
package struct DataDirectory: Sendable, Equatable {
    /// Absolute path of the data directory.
    package let path: String
    /// Absolute path of the reports directory.
    package let reportsPath: String
    /// The `--shard K/N` option of a job executable, unparsed; nil when not given (`ShardSelection` resolves it).
    package var shard: String?

    /// Resolves the directories from an explicit option, then the environment, then the defaults.
    package init(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let chosen = option ?? environment["RAKUTEN_SYNC_HOME"] ?? "data"
        let absolute = Self.absolute(chosen)
        path = absolute
        if let reports = environment["RAKUTEN_SYNC_REPORTS"], !reports.isEmpty {
            reportsPath = Self.absolute(reports)
        } else {
            reportsPath =
                URL(fileURLWithPath: absolute).deletingLastPathComponent().appendingPathComponent("reports").path
        }
    }

    /// The SQLite database file.
    package var databasePath: String { path + "/rakuten-sync.sqlite" }
    /// The folder of `flock` files.
    package var locksPath: String { path + "/locks" }
    /// The folder of per-run staging files.
    package var stagingPath: String { path + "/staging" }
    /// Alert mail waiting to be sent.
    package var outboxPath: String { path + "/outbox" }
    /// Alert mail that was sent.
    package var sentMailPath: String { path + "/outbox/sent" }

    /// Whether `init` has been run here (the database exists).
    package var isInitialized: Bool { FileManager.default.fileExists(atPath: databasePath) }

    /// Creates the folders a run needs (mode 0700: the folder holds credentials).
    package func createFolders() throws(SyncJobsError) {
        for folder in [path, locksPath, stagingPath, outboxPath, sentMailPath, reportsPath] {
            try AtomicFile.makeDirectory(folder)
        }
    }

    private static func absolute(_ path: String) -> String {
        let expanded = NSString(string: path).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL.path }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent(expanded).standardizedFileURL.path
    }
}
