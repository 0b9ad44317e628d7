import Foundation
import SyncStore
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The job executables' run frame through the real processes: switches, locks, crashes, exit codes.
struct JobCLITests {
    static let jobs = ["rakuten-sync-orders", "rakuten-sync-stock", "rakuten-sync-shipping", "rakuten-sync-mappings"]

    @Test(arguments: jobs + ["rakuten-sync", "rakuten-sync-sandbox"])
    func everyExecutableAnswersHelp(executable: String) throws {
        let result = try ProcessRunner.run(ProcessRunner.executable(executable), ["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("USAGE: \(executable)"))
    }

    @Test(.timeLimit(.minutes(1)), arguments: jobs)
    func namedStoreRunsAgainstAnEmptyShop(executable: String) async throws {
        // Given a store pointing at a sandbox shop with nothing in it
        try await withSandboxServer { sandbox in
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL) }
            // When the job runs for it by name (its switch is off)
            let result = try await runBlocking { try cli.run(executable, ["--store", "main"]) }
            // Then the whole frame runs and succeeds with nothing to do
            try Self.expectOneSucceededRun(result, cli)
        }
    }

    private static func expectOneSucceededRun(_ result: ProcessRunner.Result, _ cli: CLIHarness) throws {
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("[main]"))
        #expect(result.standardOutput.contains("succeeded"))
        let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
        let runs = try RunRepository(database: database).list()
        #expect(runs.count == 1)
        #expect(runs.first?.status == .succeeded)
    }

    @Test func withoutStoreOnlySwitchedOnStoresRun() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore(code: "on")
        #expect(try cli.run(["settings", "set", "max-stores", "5"]).status == 0)
        #expect(
            try cli.run(
                ["store", "add", "--url", "https://www.rakuten.co.jp/off/", "--name", "Off", "--code", "off"],
                stdin: "SP\nSL\n"
            ).status == 0
        )
        #expect(try cli.run(["store", "set", "on", "--orders", "on"]).status == 0)
        let result = try cli.run("rakuten-sync-orders", [])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("[on]"))
        #expect(!result.standardOutput.contains("[off]"))
        // The stock switch is off everywhere: nothing runs, and that is not an error.
        let stock = try cli.run("rakuten-sync-stock", [])
        #expect(stock.status == 0)
        #expect(stock.standardOutput.isEmpty)
    }

    @Test(arguments: [
        ("rakuten-sync-orders", "--orders"), ("rakuten-sync-stock", "--stock"), ("rakuten-sync-shipping", "--shipping"),
    ])
    func aJobSwitchedOnForAStoreWithoutSmaregiWarnsAndExits0(executable: String, switchFlag: String) throws {
        // Given a store being set up: the job is switched on, the Smaregi connection is not entered yet
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        #expect(try cli.run(["store", "set", "main", switchFlag, "on"]).status == 0)

        // When the job runs
        let result = try cli.run(executable, ["--store", "main"])

        // Then it does nothing, exits 0, and the report says why and what to do
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        let report = try ReportFile.of(result)
        #expect(report.contains(code: "SMAREGI_NOT_CONFIGURED"), "\(result.standardOutput)")
        #expect(report.rows.contains { $0.mentions("rakuten-sync smaregi set --store main") })
    }

    @Test func unknownStoreIsAConfigurationError() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        let result = try cli.run("rakuten-sync-orders", ["--store", "nope"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("nope"))
    }

    @Test func badCommandLineExits64() throws {
        let cli = try CLIHarness()
        let result = try cli.run("rakuten-sync-stock", ["--no-such-option"])
        #expect(result.status == 64)
    }

    @Test func secondRunWhileTheLockIsHeldExitsAtOnce() throws {
        // Given a live process holding the orders lock of store main
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        try FileManager.default.createDirectory(atPath: cli.dataDir + "/locks", withIntermediateDirectories: true)
        let lockPath = cli.dataDir + "/locks/orders-main.lock"
        let holder = try ProcessRunner.start("/usr/bin/flock", [lockPath, "sleep", "30"])
        defer { holder.terminate() }
        try waitUntilLocked(lockPath)
        // When cron starts the job again
        let started = Date()
        let result = try cli.run("rakuten-sync-orders", ["--store", "main"])
        // Then it logs one line, records nothing and exits 0 at once
        #expect(result.status == 0)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(result.standardError.contains("holds"))
        let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
        #expect(try RunRepository(database: database).list().isEmpty)
    }

    @Test func killedRunIsMarkedInterruptedByTheNextRun() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        // A run SIGKILLed right after recording itself
        let killed = try cli.run(
            "rakuten-sync-orders",
            ["--store", "main"],
            environment: ["RAKUTEN_SYNC_CRASH_AT": "run-started:orders"]
        )
        #expect(killed.killedBySignal)
        #expect(killed.status == SIGKILL)
        let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
        let dead = try #require(try RunRepository(database: database).list().first)
        #expect(dead.status == .running)
        // The next run finds it and marks it interrupted
        let next = try cli.run("rakuten-sync-orders", ["--store", "main"])
        #expect(next.status == 0)
        #expect(next.standardOutput.contains("interrupted runs found: \(dead.id)"))
        #expect(try RunRepository(database: database).find(id: dead.id)?.status == .interrupted)
        let shown = try cli.run(["runs", "show", String(dead.id)])
        #expect(shown.standardOutput.contains("interrupted"))
    }

    @Test func runKilledWhileWritingItsReportLeavesNoHalfFile() throws {
        // Given a store whose key expires soon, so every run writes a report
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        let soon = JSTDate.day(daysFromNow: 3)
        #expect(try cli.run(["store", "set", "main", "--license-expiry", soon]).status == 0)
        // When the run is killed between writing the report's bytes and renaming it into place
        let killed = try cli.run(
            "rakuten-sync-stock",
            ["--store", "main"],
            environment: ["RAKUTEN_SYNC_CRASH_AT": "before-rename:stock_main_"]
        )
        #expect(killed.killedBySignal)
        // Then no report file exists under its final name (only the hidden temporary one)
        #expect(try reportFiles(cli).filter { !$0.hasPrefix(".") }.isEmpty)
        #expect(try reportFiles(cli).contains { $0.hasPrefix(".stock_main_") && $0.hasSuffix(".tmp") })
        // And the next run cleans the leftover and writes its own whole report
        let next = try cli.run("rakuten-sync-stock", ["--store", "main"])
        #expect(next.status == 0)
        let files = try reportFiles(cli)
        #expect(files.count == 1)
        let report = try #require(files.first)
        #expect(report.hasPrefix("stock_main_") && report.hasSuffix(".csv"))
    }

    @Test func runsAndStatusShowTheHistory() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        #expect(try cli.run(["store", "set", "main", "--orders", "on", "--stock", "on"]).status == 0)
        #expect(try cli.run("rakuten-sync-orders", []).status == 0)
        let runs = try cli.run(["runs", "--job", "orders"])
        #expect(runs.status == 0)
        #expect(runs.standardOutput.contains("succeeded"))
        let status = try cli.run(["status"])
        #expect(status.status == 0)
        // Orders succeeded just now; stock is on but never ran, and is not flagged within deadman-minutes of the
        // store's first run (DeadmanCLITests and StatusCLITests cover the flag once that has passed).
        let lines = status.standardOutput.split(separator: "\n")
        let orders = try #require(lines.first { $0.hasPrefix("受注取得") })
        let stock = try #require(lines.first { $0.hasPrefix("在庫更新") })
        #expect(!orders.contains("STALE"))
        #expect(!stock.contains("STALE"))
        #expect(status.standardOutput.contains("ライセンスキー有効期限"))
    }

    private func reportFiles(_ cli: CLIHarness) throws -> [String] {
        let days = (try? FileManager.default.contentsOfDirectory(atPath: cli.reportsDir)) ?? []
        return try days.flatMap { try FileManager.default.contentsOfDirectory(atPath: cli.reportsDir + "/" + $0) }
    }

    private func waitUntilLocked(_ path: String) throws {
        for _ in 0..<200 {
            let descriptor = open(path, O_RDWR)
            if descriptor >= 0 {
                defer { close(descriptor) }
                if flock(descriptor, LOCK_EX | LOCK_NB) != 0 { return }
                flock(descriptor, LOCK_UN)
            }
            usleep(20_000)
        }
        Issue.record("the lock holder never took \(path)")
    }
}

/// JST calendar dates for CLI arguments.
enum JSTDate {
    static func day(daysFromNow days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo") ?? .gmt
        let date = Date().addingTimeInterval(TimeInterval(days) * 86_400)
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
