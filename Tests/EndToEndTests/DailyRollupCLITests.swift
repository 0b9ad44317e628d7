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

        // When the jobs run before the roll-up hour, no roll-up is mailed
        if hour < 23 {
            try await Self.run(cli, ["settings", "set", "rollup-hour", String(hour + 1)])
            try await Self.run(cli, "rakuten-sync-stock")
            #expect(try await Self.rollups(smtp).isEmpty)
        }

        // When the roll-up hour has come and the jobs run several times
        try await Self.run(cli, ["settings", "set", "rollup-hour", String(hour)])
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
        #expect(body.contains("受注取得 (orders) SMAREGI_NOT_CONFIGURED: 1件") || !body.contains("受注取得"), "\(body)")
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
