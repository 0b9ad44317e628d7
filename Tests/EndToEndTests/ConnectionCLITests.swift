import Foundation
import TestSupport
import Testing

/// `store test` and `smtp test` through the real executable, against the sandbox and a real SMTP server.
struct ConnectionCLITests {
    @Test(.timeLimit(.minutes(1)))
    func storeTestReportsBothSidesAndSavesTheKeyExpiry() async throws {
        try await withSandboxServer { sandbox in
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL) }
            let result = try await runBlocking { try cli.run(["store", "test", "main"]) }
            #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
            #expect(result.standardOutput.contains("楽天 RMS:  正常 OK"))
            #expect(result.standardOutput.contains("スマレジ:  正常 OK"))
            let shown = try await runBlocking { try cli.run(["store", "show", "main"]) }
            #expect(!shown.standardOutput.contains("未確認 / unknown"))
            #expect(!shown.standardOutput.contains("SL_SANDBOX_LICENSE"))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func storeTestNamesTheFailingSide() async throws {
        try await withSandboxServer { sandbox in
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL, licenseKey: "SL_WRONG_KEY") }
            let result = try await runBlocking { try cli.run(["store", "test", "main"]) }
            #expect(result.status == 1)
            #expect(result.standardOutput.contains("楽天 RMS:  エラー ERROR"))
            #expect(result.standardOutput.contains("認証に失敗しました"))
            #expect(result.standardOutput.contains("スマレジ:  正常 OK"))
            #expect(!result.standardOutput.contains("SL_WRONG_KEY"))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func smtpTestSendsAMail() async throws {
        let server = try await SMTPTestServer.start(credentials: (user: "alerts", password: "smtp-pass-123"))
        defer { server.stop() }
        let cli = try CLIHarness()
        #expect(try cli.run(["init"]).status == 0)
        let set = try cli.run(
            [
                "smtp", "set", "--url", server.url, "--from", "rakuten-sync@example.jp", "--user", "alerts",
                "--allow-plain-auth",
            ],
            stdin: "smtp-pass-123\n"
        )
        #expect(set.status == 0, "\(set.standardError)")
        #expect(!set.standardOutput.contains("smtp-pass-123"))
        let sent = try await runBlocking { try cli.run(["smtp", "test", "--to", "ops@example.jp"]) }
        #expect(sent.status == 0, "\(sent.standardError)")
        let mail = try #require(try await server.waitForMessages(count: 1).first)
        #expect(mail.recipients == ["ops@example.jp"])
        #expect(mail.authenticated)
        #expect(mail.subject == "【rakuten-sync】テストメール / test mail")
    }

    @Test func plainAuthenticationIsOnlyAllowedForALoopbackRelay() throws {
        let cli = try CLIHarness()
        #expect(try cli.run(["init"]).status == 0)
        let remote = try cli.run(
            [
                "smtp", "set", "--url", "smtp://mail.example.jp:587", "--from", "rakuten-sync@example.jp", "--user",
                "alerts", "--allow-plain-auth",
            ],
            stdin: "pw\n"
        )
        #expect(remote.status == 64, "\(remote.standardOutput)\(remote.standardError)")
        #expect(remote.standardError.contains("--allow-plain-auth"))
        let local = try cli.run(
            [
                "smtp", "set", "--url", "smtp://127.0.0.1:2525", "--from", "rakuten-sync@example.jp", "--user",
                "alerts", "--allow-plain-auth",
            ],
            stdin: "pw\n"
        )
        #expect(local.status == 0, "\(local.standardError)")
        #expect(CLIHarness.tableValue(local.standardOutput, key: "allow-plain-auth") == "on", "\(local.standardOutput)")
    }
}
