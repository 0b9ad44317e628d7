import CurlTransport
import Foundation
import TestSupport
import Testing

/// Issue #11 §2: the SMTP password never travels without TLS unless plain authentication is explicitly allowed.
struct SMTPPlainAuthTests {
    @Test(.timeLimit(.minutes(1)))
    func aPasswordIsNotSentToAServerWithoutSTARTTLS() async throws {
        // Given a plain SMTP server (no STARTTLS offered) that takes AUTH
        let server = try await SMTPTestServer.start(credentials: (user: "shop", password: "secret-pass"))
        defer { server.stop() }
        let message = SMTPSenderTests.alertMessage(to: ["ops@shop.example.jp"])
        // When a sender with a password (plain authentication not allowed) sends
        let sender = SMTPSender(
            configuration: SMTPConfiguration(url: server.url, username: "shop", password: "secret-pass")
        )
        #expect(sender.configuration.requiresTLS)
        let error = await #expect(throws: CurlTransportError.self) {
            try await runBlocking { try sender.send(message) }
        }
        // Then it refuses before authenticating (STARTTLS required), and nothing was delivered
        guard case .tlsFailure = error else {
            Issue.record("expected tlsFailure, got \(String(describing: error))")
            return
        }
        #expect(!(error?.description.contains("secret-pass") ?? true))
        // (real time is the point: nothing must arrive, so there is no event to wait for; a delivered mail would be
        // on disk well within 300 ms)
        try await Task.sleep(for: .milliseconds(300))
        #expect(try server.receivedMessages().isEmpty)
    }

    @Test func withoutAPasswordOrWithExplicitPermissionTLSIsOnlyTried() {
        #expect(!SMTPConfiguration(url: "smtp://127.0.0.1:25").requiresTLS)
        #expect(!SMTPConfiguration(url: "smtp://127.0.0.1:25", username: "u", password: "").requiresTLS)
        let allowed = SMTPConfiguration(
            url: "smtp://127.0.0.1:25",
            username: "u",
            password: "p",
            allowsPlainAuthentication: true
        )
        #expect(!allowed.requiresTLS)
        #expect(SMTPConfiguration(url: "smtp://127.0.0.1:25", requiresSTARTTLS: true).requiresTLS)
    }
}
