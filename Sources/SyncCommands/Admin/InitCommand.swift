import ArgumentParser
import SyncJobs
import SyncStore

/// `rakuten-sync init`: creates the data directory, the reports directory and the database.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "データディレクトリとデータベースを作成します / Create the data directory and the database.",
        discussion: "Safe to run again: an existing database is only migrated to the current schema."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        options.bootstrapLogging()
        let directory = options.directory
        let existed = directory.isInitialized
        try directory.createFolders()
        let database = try SyncJobsError.database("create database") {
            try SyncDatabase.open(at: directory.databasePath)
        }
        let migrations = try SyncJobsError.database("read migrations") { try database.appliedMigrations() }
        print(existed ? "既存のデータベースを確認しました / database already present" : "初期化しました / initialised")
        print("  data:     \(directory.path)")
        print("  database: \(directory.databasePath) (mode 0600, schema \(migrations.last ?? "-"))")
        print("  reports:  \(directory.reportsPath)")
        print("次に店舗を登録します / next: rakuten-sync store add --url URL --name NAME --code CODE")
    }
}
