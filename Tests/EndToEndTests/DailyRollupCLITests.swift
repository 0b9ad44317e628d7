import Foundation
import SyncCore
import SyncStore
import TestSupport
import Testing

/// The first run after `rollup-hour` (JST) each day mails one roll-up of the store's open problems with counts.
struct DailyRollupCLITests {
    @Test(.timeLimit(.minutes(1)))
    func theFirstRunAfterTheHourMailsOneRollupOfWhatIsStillOpen() async throws {
        let smtp = try await SMTPTestServer.start()
        defer { smtp.stop() }
        // Given a store with 受注取得 and 在庫更新 on but no Smaregi connection yet (a standing warning each), SMTP
        // and an alert address
        let cli = try CLIHarness()
        try await runBlocking {
            try cli.initialiseWithStore()
            #expect(try cli.run(["smtp", "set", "--url", smtp.url, "--from", "rakuten-sync@example.jp"]).status == 0)
            let set = try cli.run(
                ["store", "set", "main", "--orders", "on", "--stock", "on", "--alert-email", "shop@example.jp"]
            )
            #expect(set.status == 0)
        }
        let hour = JSTCalendar.calendar.component(.hour, from: Date())
        try await Self.run(cli, ["settings", "set", "rollup-hour", String(hour)])

        // When 在庫更新 runs after the roll-up hour with a problem that appeared only now, no roll-up is mailed (the
        // problem's own alert was)
        try await Self.run(cli, "rakuten-sync-stock")
        #expect(try await Self.rollups(smtp).isEmpty)

        // And when that problem has been open since yesterday but the roll-up hour has not come, none either
        let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
        let problems = OpenProblemRepository(database: database)
        var open = try #require(try problems.list(store: "main").first { $0.job == "stock" })
        open.firstSeenAt = Date().addingTimeInterval(-86_400)
        try problems.replace(store: "main", job: "stock", with: [])
        try problems.replace(store: "main", job: "stock", with: [open])
        if hour < 23 {
            try await Self.run(cli, ["settings", "set", "rollup-hour", String(hour + 1)])
            try await Self.run(cli, "rakuten-sync-stock")
            #expect(try await Self.rollups(smtp).isEmpty)
            try await Self.run(cli, ["settings", "set", "rollup-hour", String(hour)])
        }

        // When the roll-up hour has come and the jobs run several times
        try await Self.run(cli, "rakuten-sync-stock")
        try await Self.run(cli, "rakuten-sync-orders")
        try await Self.run(cli, "rakuten-sync-stock")

        // Then exactly one roll-up arrives, listing each job's open problem with its count
        _ = try? await smtp.waitForMessages(count: 2, timeout: .seconds(2))
        let rollups = try await Self.rollups(smtp)
        #expect(rollups.count == 1, "\(rollups.map(\.subject))")
        let body = rollups.first?.body ?? ""
        #expect(rollups.first?.subject.contains("テスト店 main (main) 未解決の問題") == true, "\(rollups.first?.subject ?? "")")
        #expect(body.contains("在庫更新 (stock) SMAREGI_NOT_CONFIGURED: 1件"), "\(body)")
        #expect(!body.contains("受注取得 (orders)"), "orders' problem appeared after the hour: tomorrow's roll-up")
    }

    private static func run(_ cli: CLIHarness, _ arguments: [String]) async throws {
        let result = try await runBlocking { try cli.run(arguments) }
        #expect(result.status == 0, "\(arguments): \(result.standardError)")
    }

    private static func run(_ cli: CLIHarness, _ executable: String) async throws {
        let result = try await runBlocking { try cli.run(executable, []) }
        #expect(result.status == 0, "\(executable): \(result.standardError)")
    }

    private static func rollups(_ smtp: SMTPTestServer) async throws -> [SMTPTestServer.ReceivedMail] {
        try smtp.receivedMessages().filter { $0.subject.contains("未解決の問題") }
    }
}
