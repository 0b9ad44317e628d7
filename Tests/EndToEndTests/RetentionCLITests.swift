import Foundation
import SyncCore
import SyncStore
import TestSupport
import Testing

/// Issue #11 §4 through the real executables: `prune`, the jobs' own hourly pruning, and no report file for a run
/// with nothing new.
struct RetentionCLITests {
    private static let day: TimeInterval = 86_400

    @Test func pruneDryRunShowsWhatGoesAndPruneDeletesOnlyThat() throws {
        // Given an installation with old and new files of every kind, and runs in every state
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
        let runs = RunRepository(database: database)
        let now = Date()
        let ancient = try runs.start(job: "orders", store: "main", at: now.addingTimeInterval(-200 * Self.day))
        try runs.finish(id: ancient.id, status: .succeeded, counts: RunCounts(), at: ancient.startedAt)
        let interrupted = try runs.start(job: "stock", store: "main", at: now.addingTimeInterval(-10 * Self.day))
        try runs.markInterrupted(job: "stock", store: "main", at: now.addingTimeInterval(-10 * Self.day))
        let failed = try runs.start(job: "shipping", store: "main", at: now.addingTimeInterval(-1 * Self.day))
        try runs.finish(id: failed.id, status: .failed, counts: RunCounts(), at: now)
        let succeeded = try runs.start(job: "orders", store: "main", at: now)
        try runs.finish(id: succeeded.id, status: .succeeded, counts: RunCounts(), at: now)
        let running = try runs.start(job: "mappings", store: "main", at: now.addingTimeInterval(-30 * Self.day))

        let oldReport = try Self.file("\(cli.reportsDir)/2026-01-01/orders_main_1.csv", ageDays: 91, bytes: 100)
        let newReport = try Self.file("\(cli.reportsDir)/2026-03-01/orders_main_2.csv", ageDays: 89, bytes: 50)
        let oldMail = try Self.file("\(cli.dataDir)/outbox/sent/old.eml", ageDays: 31, bytes: 70)
        let newMail = try Self.file("\(cli.dataDir)/outbox/sent/new.eml", ageDays: 29, bytes: 70)
        let staging = "\(cli.dataDir)/staging"
        let succeededStaging = try Self.folder("\(staging)/orders/main/\(succeeded.id)", ageDays: 0, bytes: 10)
        let failedStaging = try Self.folder("\(staging)/shipping/main/\(failed.id)", ageDays: 1, bytes: 10)
        let orphanStaging = try Self.folder("\(staging)/orders/main/999999", ageDays: 4, bytes: 20)
        let interruptedStaging = try Self.folder("\(staging)/stock/main/\(interrupted.id)", ageDays: 10, bytes: 10)
        let runningStaging = try Self.folder("\(staging)/mappings/main/\(running.id)", ageDays: 30, bytes: 10)

        // When the operator asks what would go
        let dryRun = try cli.run(["prune", "--dry-run"])

        // Then it lists counts and bytes and deletes nothing
        #expect(dryRun.status == 0, "\(dryRun.standardError)")
        let shown = dryRun.standardOutput
        #expect(shown.contains("reports: 1 file(s), 100 bytes"), "\(shown)")
        #expect(shown.contains("staging: 2 folder(s), 30 bytes"), "\(shown)")
        #expect(shown.contains("sent-mail: 1 file(s), 70 bytes"), "\(shown)")
        #expect(shown.contains("runs: 1 record(s)"), "\(shown)")
        let all = [oldReport, newReport, oldMail, newMail, succeededStaging, failedStaging, orphanStaging]
        for path in all + [interruptedStaging, runningStaging] {
            #expect(FileManager.default.fileExists(atPath: path), "dry run deleted \(path)")
        }

        // When it prunes
        let pruned = try cli.run(["prune"])

        // Then exactly what was shown is gone; what a rerun needs and what is recent stays
        #expect(pruned.status == 0, "\(pruned.standardError)")
        for gone in [oldReport, oldMail, succeededStaging, orphanStaging] {
            #expect(!FileManager.default.fileExists(atPath: gone), "\(gone) should be pruned")
        }
        for kept in [newReport, newMail, failedStaging, interruptedStaging, runningStaging] {
            #expect(FileManager.default.fileExists(atPath: kept), "\(kept) should be kept")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(cli.reportsDir)/2026-01-01"))
        #expect(try runs.find(id: ancient.id) == nil)
        #expect(try runs.find(id: interrupted.id) != nil)
        #expect(try runs.find(id: running.id) != nil)
    }

    @Test func retentionSettingsAreShownAndChangeWhatGoes() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        let shown = try cli.run(["settings"]).standardOutput
        for (key, days) in [
            ("retention-reports-days", "90"), ("retention-staging-days", "3"), ("retention-runs-days", "180"),
            ("retention-sent-mail-days", "30"),
        ] {
            #expect(CLIHarness.tableValue(shown, key: key) == days, "\(shown)")
        }
        let report = try Self.file("\(cli.reportsDir)/2026-01-01/orders_main_1.csv", ageDays: 10, bytes: 5)
        #expect(try cli.run(["prune", "--dry-run"]).standardOutput.contains("reports: 0 file(s)"))
        #expect(try cli.run(["settings", "set", "retention-reports-days", "7"]).status == 0)
        #expect(try cli.run(["prune", "--dry-run"]).standardOutput.contains("reports: 1 file(s), 5 bytes"))
        #expect(try cli.run(["prune"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: report))
    }

    @Test func jobsPruneByThemselvesAtMostOncePerHour() throws {
        // Given a store whose orders job runs (it warns that Smaregi is not set up yet) and an old report
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        #expect(try cli.run(["store", "set", "main", "--orders", "on"]).status == 0)
        let first = try Self.file("\(cli.reportsDir)/2025-01-01/orders_main_1.csv", ageDays: 100, bytes: 5)

        // When cron starts the job: the old report goes without any prune command
        #expect(try cli.run("rakuten-sync-orders", []).status == 0)
        #expect(!FileManager.default.fileExists(atPath: first))

        // And the next run within the hour does not prune again (an idle minute costs nothing)
        let second = try Self.file("\(cli.reportsDir)/2025-01-02/orders_main_2.csv", ageDays: 100, bytes: 5)
        #expect(try cli.run("rakuten-sync-orders", []).status == 0)
        #expect(FileManager.default.fileExists(atPath: second))
    }

    @Test func aStandingWarningIsReportedOnceNotEveryRun() throws {
        // Given a store whose orders job warns on every run (Smaregi not configured yet)
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        #expect(try cli.run(["store", "set", "main", "--orders", "on"]).status == 0)

        // When the job runs three times
        let first = try cli.run("rakuten-sync-orders", [])
        let second = try cli.run("rakuten-sync-orders", [])
        let third = try cli.run("rakuten-sync-orders", [])

        // Then only the first writes a report; the others say nothing new
        #expect(first.status == 0 && second.status == 0 && third.status == 0)
        #expect(try ReportFile.of(first).contains(code: "SMAREGI_NOT_CONFIGURED"), "\(first.standardOutput)")
        #expect(!second.standardOutput.contains("report="), "\(second.standardOutput)")
        #expect(!third.standardOutput.contains("report="), "\(third.standardOutput)")
        #expect(Self.reportFiles(cli).count == 1, "\(Self.reportFiles(cli))")

        // When a new problem appears (the license key is about to expire), the next run reports again, in full
        let soon = JSTCalendar.dayString(Date().addingTimeInterval(5 * Self.day))
        #expect(try cli.run(["store", "set", "main", "--license-expiry", soon]).status == 0)
        let fourth = try cli.run("rakuten-sync-orders", [])
        let report = try ReportFile.of(fourth)
        #expect(report.contains(code: "LICENSE_EXPIRING"), "\(fourth.standardOutput)")
        #expect(report.contains(code: "SMAREGI_NOT_CONFIGURED"))
        #expect(Self.reportFiles(cli).count == 2)
    }

    @Test(.timeLimit(.minutes(2))) func aFailedRunIsReportedEveryTime() throws {
        // Given a store whose Rakuten API cannot be reached (nothing listens on the port)
        let cli = try CLIHarness()
        try cli.initialiseAgainstSandbox("http://127.0.0.1:9")

        // When the orders job fails twice in a row with the same error
        let first = try cli.run("rakuten-sync-orders", ["--store", "main"])
        let second = try cli.run("rakuten-sync-orders", ["--store", "main"])

        // Then both failures have a report (an error of this run is always reported)
        #expect(first.status == 75 && second.status == 75, "\(first.standardOutput)\(second.standardOutput)")
        #expect(try ReportFile.of(first).contains(code: "REMOTE_UNAVAILABLE"))
        #expect(try ReportFile.of(second).contains(code: "REMOTE_UNAVAILABLE"), "\(second.standardOutput)")
        #expect(Self.reportFiles(cli).count == 2)
    }

    private static func reportFiles(_ cli: CLIHarness) -> [String] {
        let days = (try? FileManager.default.contentsOfDirectory(atPath: cli.reportsDir)) ?? []
        return days.flatMap { day in
            ((try? FileManager.default.contentsOfDirectory(atPath: "\(cli.reportsDir)/\(day)")) ?? [])
                .filter { $0.hasSuffix(".csv") }
        }
    }

    /// A file of `bytes` bytes last modified `ageDays` ago.
    @discardableResult
    private static func file(_ path: String, ageDays: Double, bytes: Int) throws -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: bytes).write(to: URL(fileURLWithPath: path))
        try backdate(path, ageDays: ageDays)
        return path
    }

    /// A staging folder holding one file of `bytes` bytes, both last modified `ageDays` ago.
    private static func folder(_ path: String, ageDays: Double, bytes: Int) throws -> String {
        try file("\(path)/extracted.jsonl", ageDays: ageDays, bytes: bytes)
        try backdate(path, ageDays: ageDays)
        return path
    }

    private static func backdate(_ path: String, ageDays: Double) throws {
        let date = Date().addingTimeInterval(-ageDays * day)
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
    }
}
