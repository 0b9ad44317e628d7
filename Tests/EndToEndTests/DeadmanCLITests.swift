import Foundation
import SyncStore
import TestSupport
import Testing

/// A switched-on job that has not succeeded for `deadman-minutes` is flagged by `status` and mailed once, by any
/// other job's run; its recovery is mailed once when it succeeds again.
struct DeadmanCLITests {
    @Test(.timeLimit(.minutes(2)))
    func aDeadJobIsMailedOnceByTheOtherJobsAndItsRecoveryOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given a store whose 在庫更新 is switched on but never runs (its cron line is gone), SMTP and an alert
            // address, and the store's first run 11 minutes ago
            let scenario = try await StockScenario.make(sandbox)
            let orders = scenario.orders
            let smtp = try await SMTPTestServer.start()
            defer { smtp.stop() }
            try await orders.cli(["smtp", "set", "--url", smtp.url, "--from", "rakuten-sync@example.jp"])
            try await orders.cli(["store", "set", "main", "--alert-email", "shop@example.jp"])
            let database = try SyncDatabase.open(at: orders.cli.dataDir + "/rakuten-sync.sqlite")
            let runs = RunRepository(database: database)
            let longAgo = Date().addingTimeInterval(-11 * 60)
            let old = try runs.start(job: "orders", store: "main", pid: 1, at: longAgo)
            try runs.finish(id: old.id, status: .succeeded, counts: .zero, at: longAgo)

            // When 受注取得 runs, twice
            #expect(try await orders.orders().status == 0)
            #expect(try await orders.orders().status == 0)

            // Then status flags 在庫更新, and one dead-man mail names it (none for the jobs that run)
            let status = try await orders.cli(["status"])
            let stockLine = try #require(status.standardOutput.split(separator: "\n").first { $0.hasPrefix("在庫更新") })
            #expect(stockLine.contains("STALE"), "\(status.standardOutput)")
            var alerts = try await Self.mails(smtp, count: 1, containing: "成功していません")
            #expect(alerts.count == 1, "\(alerts.map(\.subject))")
            #expect(alerts.first?.subject.contains("Sandbox (main) 在庫更新: 10分以上成功していません") == true)
            #expect(alerts.first?.body?.contains("crontab -l") == true)

            // When 在庫更新 runs again, and 受注取得 after it
            #expect(try await scenario.stock().status == 0)
            #expect(try await orders.orders().status == 0)

            // Then one recovery mail says so, no second alert is sent, and status no longer flags it
            let recoveries = try await Self.mails(smtp, count: 2, containing: "解消しました")
            #expect(recoveries.count == 1, "\(recoveries.map(\.subject))")
            #expect(recoveries.first?.subject.contains("在庫更新: 解消しました") == true)
            alerts = try await Self.mails(smtp, count: 2, containing: "成功していません")
            #expect(alerts.count == 1)
            let after = try await orders.cli(["status"])
            #expect(!after.standardOutput.contains("STALE"), "\(after.standardOutput)")
        }
    }

    @Test func theOlderStaleAfterMinutesSettingIsStillRead() throws {
        // Given a fresh installation: the dead-man threshold is 10 minutes
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        #expect(CLIHarness.tableValue(try cli.run(["settings"]).standardOutput, key: "deadman-minutes") == "10")
        // When an older installation had set stale-after-minutes, that value still applies
        let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
        try SettingsRepository(database: database).set("30", for: .staleAfterMinutes)
        #expect(CLIHarness.tableValue(try cli.run(["settings"]).standardOutput, key: "deadman-minutes") == "30")
        // And the old name is accepted by settings set, writing the new setting
        #expect(try cli.run(["settings", "set", "stale-after-minutes", "20"]).status == 0)
        #expect(try SettingsRepository(database: database).deadmanMinutes() == 20)
        #expect(try SettingsRepository(database: database).value(for: .deadmanMinutes) == "20")
    }

    private static func mails(_ smtp: SMTPTestServer, count: Int, containing text: String) async throws
        -> [SMTPTestServer.ReceivedMail]
    {
        _ = try? await smtp.waitForMessages(count: count, timeout: .seconds(2))
        return try smtp.receivedMessages().filter { $0.subject.contains(text) }
    }
}
