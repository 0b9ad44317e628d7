import Foundation
import SyncStore
import TestSupport
import Testing

/// `rakuten-sync status` shows what an operator must act on: mail stuck in the outbox and each job's last error.
struct StatusCLITests {
    @Test(.timeLimit(.minutes(1)))
    func statusShowsStuckMailAndTheLastErrorPerJob() async throws {
        try await withSandboxServer { sandbox in
            // Given a store whose license key Rakuten refuses, and an orders run that failed because of it
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL, licenseKey: "SL_REVOKED_KEY") }
            let quiet = try await runBlocking { try cli.run(["status"]) }
            #expect(quiet.standardOutput.contains("未送信メール / outbox: 0"), "\(quiet.standardOutput)")
            #expect(!quiet.standardOutput.contains("最終エラー"))
            let failed = try await runBlocking { try cli.run("rakuten-sync-orders", ["--store", "main"]) }
            #expect(failed.status == 1, "\(failed.standardOutput)\(failed.standardError)")
            let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
            let run = try #require(try RunRepository(database: database).lastRun(job: "orders", store: "main"))
            let reason = try #require(run.message)

            // And mail waiting in the outbox, the oldest for two hours (no SMTP server took it)
            let outbox = cli.dataDir + "/outbox"
            let stuck = outbox + "/20261204T000000_stuck.eml"
            try Data("Subject: test\r\n\r\nbody\r\n".utf8).write(to: URL(fileURLWithPath: stuck))
            try FileManager.default.setAttributes(
                [.modificationDate: Date().addingTimeInterval(-2 * 3600 - 60)],
                ofItemAtPath: stuck
            )
            let recent = outbox + "/20261204T020000_recent.eml"
            try Data("Subject: test\r\n\r\nbody\r\n".utf8).write(to: URL(fileURLWithPath: recent))
            let waiting = try FileManager.default.contentsOfDirectory(atPath: outbox).filter { $0.hasSuffix(".eml") }

            // When the operator reads the status
            let status = try await runBlocking { try cli.run(["status"]) }

            // Then it names the stuck mail with the oldest one's age, and the orders job's last error with its reason
            let text = status.standardOutput
            #expect(status.status == 0, "\(status.standardError)")
            #expect(
                text.contains("!! 未送信メール / mail stuck in the outbox: \(waiting.count)通"),
                "\(text)"
            )
            #expect(text.contains("最古 / oldest 2時間前 (2h ago)"), "\(text)")
            let lines = text.split(separator: "\n").map(String.init)
            let error = try #require(lines.first { $0.contains("最終エラー / last error 受注取得 (orders)") }, "\(text)")
            #expect(error.contains(reason), "\(error)")
            #expect(!lines.contains { $0.contains("最終エラー / last error 在庫更新") }, "stock never failed")
            #expect(!text.contains("SL_REVOKED_KEY"))
        }
    }
}

extension StatusCLITests {
    @Test func nothingIsFlaggedStaleBeforeTheStoresFirstRun() throws {
        // Given a store with orders and stock switched on that has never run
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        #expect(try cli.run(["store", "set", "main", "--orders", "on", "--stock", "on"]).status == 0)
        // Then status flags nothing yet
        let before = try cli.run(["status"])
        #expect(before.status == 0)
        #expect(!before.standardOutput.contains("STALE"), "\(before.standardOutput)")
        // And once one job has run, the switched-on job that never succeeded is not flagged within the dead-man
        // threshold (10 minutes) of that first run
        #expect(try cli.run("rakuten-sync-orders", []).status == 0)
        let soon = try cli.run(["status"])
        #expect(!soon.standardOutput.contains("STALE"), "\(soon.standardOutput)")
        // But it is flagged once the store's first run is older than that
        let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
        let runs = RunRepository(database: database)
        let old = try runs.start(job: "orders", store: "main", pid: 1, at: Date().addingTimeInterval(-11 * 60))
        try runs.finish(id: old.id, status: .succeeded, counts: .zero, at: Date().addingTimeInterval(-11 * 60))
        let after = try cli.run(["status"])
        let stock = try #require(after.standardOutput.split(separator: "\n").first { $0.hasPrefix("在庫更新") })
        #expect(stock.contains("STALE (10分以上成功なし"), "\(after.standardOutput)")
    }
}
