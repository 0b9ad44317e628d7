import CurlTransport
import Foundation
import Logging
import SyncCore
import SyncJobs
import SyncStore
import TestSupport
import Testing

/// The run frame against a real database file, real locks and real files in a temporary directory.
struct RunFrameTests {
    /// A data directory with an initialised database and one store.
    struct Harness {
        let root: URL
        let directory: DataDirectory
        let database: SyncDatabase
        var store: StoreRecord

        init(licenseDaysLeft: Int = 60, alertEmails: [String] = ["ops@example.jp"]) throws {
            root = try StoreFixtures.temporaryDirectory(prefix: "run-frame")
            directory = DataDirectory(option: root.appendingPathComponent("data").path, environment: [:])
            try directory.createFolders()
            database = try SyncDatabase.open(at: directory.databasePath)
            var record = StoreFixtures.makeStoreRecord(code: "main", alertEmails: alertEmails)
            record.licenseExpiry = StoreFixtures.referenceDate.addingTimeInterval(
                TimeInterval(licenseDaysLeft) * 86_400
            )
            store = try StoreRepository(database: database).add(record, at: Date())
        }

        func frame(at date: Date = StoreFixtures.referenceDate) -> RunFrame {
            RunFrame(directory: directory, database: database, logger: Logger(label: "test"), clock: { date })
        }

        func outbox() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: directory.outboxPath)) ?? []).filter {
                $0.hasSuffix(".eml")
            }
        }
    }

    @Test func rateLimitedAnswersDuringTheBodyAreCountedInTheSummary() throws {
        // Given a job body during which the process received two 429s
        let harness = try Harness()
        let summary = harness.frame().run(job: .stock, store: harness.store) { context in
            RateLimitTally.record(scope: context.store.code)
            RateLimitTally.record(scope: context.store.code)
        }
        // Then the run counts them and its summary line says so
        #expect(summary.counts.rateLimited == 2)
        #expect(summary.line.contains("429s=2"))
    }

    @Test func rateLimitedAnswersOfAnotherStoreRunningAtTheSameTimeAreNotCounted() throws {
        // Given a job body during which another store's run, in the same process (issue #14 §1), drew a 429
        let harness = try Harness()
        let summary = harness.frame().run(job: .stock, store: harness.store) { context in
            RateLimitTally.record(scope: context.store.code + "-other")
        }
        // Then this run counts none
        #expect(summary.counts.rateLimited == 0)
        #expect(summary.line.contains("429s=0"))
    }

    @Test func leftoversOfAStoreWhoseCodeExtendsThisOneAreKept() throws {
        // Given a temporary report of store main_1 (being written by another thread of the pool) and a leftover of
        // a killed run of main, in the same day folder
        let harness = try Harness()
        let day = harness.directory.reportsPath + "/2026-11-28"
        try FileManager.default.createDirectory(atPath: day, withIntermediateDirectories: true)
        let other = day + "/.orders_main_1_7.csv.123.1.tmp"
        let own = day + "/.orders_main_5.csv.123.2.tmp"
        for path in [other, own] { FileManager.default.createFile(atPath: path, contents: Data("x".utf8)) }
        // When a run of main starts
        _ = harness.frame().run(job: .orders, store: harness.store) { _ in }
        // Then only main's own leftover is gone
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(!FileManager.default.fileExists(atPath: own))
    }

    @Test func cleanRunWritesNoReportAndNoMail() throws {
        let harness = try Harness()
        let summary = harness.frame().run(job: .orders, store: harness.store) { context in
            context.counts.processed = 3
            context.counts.succeeded = 3
        }
        #expect(summary.outcome == .succeeded)
        #expect(summary.exitCode == 0)
        #expect(summary.reportPath == nil)
        #expect(summary.mailPath == nil)
        let runID = try #require(summary.runID)
        let run = try #require(try RunRepository(database: harness.database).find(id: runID))
        #expect(run.status == .succeeded)
        #expect(run.counts.processed == 3)
        #expect(harness.outbox().isEmpty)
    }

    @Test func expiringLicenseIsReportedAndMailedOncePerWindow() throws {
        // Given a key that expires in 5 days
        let harness = try Harness(licenseDaysLeft: 5)
        // When the job runs twice within an hour
        let first = harness.frame().run(job: .stock, store: harness.store) { _ in }
        let second = harness.frame(at: StoreFixtures.referenceDate.addingTimeInterval(3600)).run(
            job: .stock,
            store: harness.store
        ) { _ in }
        // Then both runs report the warning, but only the first mails it
        #expect(first.warningRows == 1)
        #expect(second.warningRows == 1)
        let report = try Data(contentsOf: URL(fileURLWithPath: try #require(first.reportPath)))
        #expect(report.starts(with: [0xEF, 0xBB, 0xBF]))
        let rows = try ReportFile(data: report)
        #expect(rows.contains(code: "LICENSE_EXPIRING"))
        #expect(rows.contains(code: "LICENSE_EXPIRING", mentioning: "ライセンスキーの有効期限まであと5日です"))
        #expect(try #require(first.reportPath).contains("/reports/"))
        #expect(first.mailPath != nil)
        #expect(second.mailPath == nil)
        #expect(harness.outbox().count == 1)
        // And a day later the same warning is mailed again (one mail a day)
        let third = harness.frame(at: StoreFixtures.referenceDate.addingTimeInterval(25 * 3600)).run(
            job: .stock,
            store: harness.store
        ) { _ in }
        #expect(third.mailPath != nil)
        #expect(harness.outbox().count == 2)
    }

    @Test func expiredLicenseIsAnError() throws {
        let harness = try Harness(licenseDaysLeft: -1)
        let summary = harness.frame().run(job: .orders, store: harness.store) { _ in }
        #expect(summary.errorRows == 1)
        let report = try ReportFile(path: try #require(summary.reportPath))
        #expect(report.contains(code: "LICENSE_EXPIRED"))
    }

    @Test func heldLockSkipsTheRunWithoutRecordingIt() throws {
        let harness = try Harness()
        try harness.directory.createFolders()
        let lock = try #require(try FileLock.acquire(at: "\(harness.directory.locksPath)/orders-main.lock"))
        defer { lock.release() }
        let summary = harness.frame().run(job: .orders, store: harness.store) { _ in
            Issue.record("the body must not run while another run holds the lock")
        }
        #expect(summary.outcome == .lockHeld)
        #expect(summary.exitCode == 0)
        #expect(try RunRepository(database: harness.database).list().isEmpty)
    }

    @Test func locksAreSeparatePerJobAndStore() throws {
        let harness = try Harness()
        let lock = try #require(try FileLock.acquire(at: "\(harness.directory.locksPath)/orders-main.lock"))
        defer { lock.release() }
        let summary = harness.frame().run(job: .stock, store: harness.store) { _ in }
        #expect(summary.outcome == .succeeded)
    }

    @Test(arguments: [
        (
            SyncJobsError.remoteUnavailable(store: "main", service: "Smaregi", detail: "503"), Int32(75),
            "REMOTE_UNAVAILABLE"
        ),
        (
            SyncJobsError.authentication(store: "main", service: "Rakuten RMS", detail: "ES01-01"), Int32(1),
            "AUTHENTICATION_FAILED"
        ),
        (SyncJobsError.configuration(store: "main", problem: "受注店舗が未設定"), Int32(1), "CONFIGURATION_ERROR"),
    ])
    func failedBodyIsRecordedReportedAndMapped(error: SyncJobsError, exitCode: Int32, code: String) throws {
        let harness = try Harness()
        let summary = harness.frame().run(job: .shipping, store: harness.store) { _ in throw error }
        #expect(summary.outcome == .failed(error))
        #expect(summary.exitCode == exitCode)
        let runID = try #require(summary.runID)
        let run = try #require(try RunRepository(database: harness.database).find(id: runID))
        #expect(run.status == .failed)
        #expect(run.message == error.description)
        let report = try ReportFile(path: try #require(summary.reportPath))
        #expect(report.contains(code: code))
    }

    @Test func deadRunIsMarkedInterruptedByTheNextRun() throws {
        let harness = try Harness()
        // Given a run row left `running` by a process that died
        let dead = try RunRepository(database: harness.database).start(
            job: "orders",
            store: "main",
            pid: 999_999,
            at: Date()
        )
        // When the next run starts
        let summary = harness.frame().run(job: .orders, store: harness.store) { context in
            #expect(context.interruptedRuns.map(\.id) == [dead.id])
        }
        // Then the dead run is interrupted and the new one succeeded
        #expect(summary.interruptedRunIDs == [dead.id])
        #expect(try RunRepository(database: harness.database).find(id: dead.id)?.status == .interrupted)
        #expect(summary.infoRows == 1)
    }

    @Test func noAddressMeansReportButNoMail() throws {
        let harness = try Harness(licenseDaysLeft: 3, alertEmails: [])
        let summary = harness.frame().run(job: .orders, store: harness.store) { _ in }
        #expect(summary.reportPath != nil)
        #expect(summary.mailPath == nil)
        #expect(harness.outbox().isEmpty)
    }

    @Test func stagingFilesAreWholeLines() throws {
        let harness = try Harness()
        let summary = harness.frame().run(job: .orders, store: harness.store) { context in
            try context.staging.writeLines([Data(#"{"a":1}"#.utf8), Data(#"{"b":"日本"}"#.utf8)], to: "extracted.jsonl")
            #expect(context.staging.readLines("extracted.jsonl")?.count == 2)
            #expect(context.staging.readLines("transformed.jsonl") == nil)
            let staged = "\(context.staging.path)/extracted.jsonl"
            #expect(try String(contentsOfFile: staged, encoding: .utf8) == "{\"a\":1}\n{\"b\":\"日本\"}\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: context.staging.path) == ["extracted.jsonl"])
            throw SyncJobsError.remoteUnavailable(store: "main", service: "Rakuten", detail: "keep the staging")
        }
        #expect(summary.outcome != .succeeded)
        let runID = try #require(summary.runID)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: "\(harness.directory.stagingPath)/orders/main/\(runID)"
        )
        #expect(leftovers == ["extracted.jsonl"], "a failed run keeps its staging for the rerun")
    }

    /// A succeeded run's staging (customer names and addresses) is removed when it finishes (issue #11 §4).
    @Test func aSucceededRunRemovesItsStagingFolder() throws {
        let harness = try Harness()
        var stagedPath = ""
        let summary = harness.frame().run(job: .orders, store: harness.store) { context in
            try context.staging.writeLines([Data(#"{"a":1}"#.utf8)], to: "extracted.jsonl")
            stagedPath = context.staging.path
            #expect(FileManager.default.fileExists(atPath: "\(stagedPath)/extracted.jsonl"))
        }
        #expect(summary.outcome == .succeeded)
        #expect(!stagedPath.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: stagedPath))
    }

    @Test func appendedStagingLinesAccumulateInOrderWithMode0600() throws {
        let harness = try Harness()
        let summary = harness.frame().run(job: .orders, store: harness.store) { context in
            try context.staging.appendLines([Data(#"{"chunk":1}"#.utf8)], to: "extracted.jsonl")
            try context.staging.appendLines(
                [Data(#"{"chunk":2}"#.utf8), Data(#"{"chunk":3}"#.utf8)],
                to: "extracted.jsonl"
            )
            #expect(context.staging.readLines("extracted.jsonl")?.count == 3)
            let staged = "\(context.staging.path)/extracted.jsonl"
            #expect(
                try String(contentsOfFile: staged, encoding: .utf8) == "{\"chunk\":1}\n{\"chunk\":2}\n{\"chunk\":3}\n"
            )
            let mode = try FileManager.default.attributesOfItem(atPath: staged)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        #expect(summary.outcome == .succeeded)
    }
}
