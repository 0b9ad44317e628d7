import Foundation
import SyncJobs
import SyncStore

/// What an admin subcommand needs: the resolved directories, the opened database and the clock.
package struct AdminContext {
    /// The data and reports directories.
    package let directory: DataDirectory
    /// The database, migrated.
    package let database: SyncDatabase
    /// Where the subcommand reads "now" (the time it records or shows).
    package let clock: @Sendable () -> Date

    /// Opens the database of an initialised data directory, or explains how to create one.
    package static func open(_ options: GlobalOptions) throws(SyncJobsError) -> AdminContext {
        let directory = options.directory
        guard directory.isInitialized else {
            throw .refused(
                reason: "データディレクトリ \(directory.path) は初期化されていません。`rakuten-sync init` を実行してください "
                    + "(no database in \(directory.path); run `rakuten-sync init` first, or pass --data-dir)"
            )
        }
        let database = try SyncJobsError.database("open database") { try SyncDatabase.open(at: directory.databasePath) }
        return AdminContext(directory: directory, database: database, clock: WallClock.now)
    }

    /// The stores table.
    package var stores: StoreRepository { StoreRepository(database: database) }
    /// The settings table.
    package var settings: SettingsRepository { SettingsRepository(database: database) }
}

extension GlobalOptions {
    /// What every admin subcommand does first: logging set up from `--log-level`, then the data directory's
    /// database opened (`AdminContext.open`). Errors reach `rakuten-sync`'s `main`, which maps them to exit codes.
    package func openAdmin() throws(SyncJobsError) -> AdminContext {
        bootstrapLogging()
        return try AdminContext.open(self)
    }
}
