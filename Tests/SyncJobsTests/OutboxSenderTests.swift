import Foundation
import Logging
import SyncJobs
import SyncStore
import TestSupport
import Testing

/// Issue #11 §2: when several jobs end at once, every outbox mail is sent by exactly one of them.
struct OutboxSenderTests {
    @Test(.timeLimit(.minutes(1)))
    func twoConcurrentSendersDeliverEachMailOnce() async throws {
        // Given 12 mails waiting in the outbox and SMTP pointing at aiosmtpd
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        let harness = try RunFrameTests.Harness()
        try SettingsRepository(database: harness.database).setSMTP(
            SMTPSettings(url: server.url, from: "rakuten-sync@example.jp")
        )
        for index in 0..<12 {
            let mail =
                "From: rakuten-sync@example.jp\r\nTo: ops@example.jp\r\nSubject: test \(index)\r\n"
                + "Message-ID: <\(index)@rakuten-sync>\r\n\r\nbody \(index)\r\n"
            try Data(mail.utf8).write(
                to: URL(
                    fileURLWithPath: "\(harness.directory.outboxPath)/2026120412000\(index / 10)\(index % 10)-x.eml"
                )
            )
        }
        // When two runs flush the outbox at the same moment
        let logs = LogRecorder()
        let frozen = harness
        try await runBlocking {
            onThreads(2) { _ in
                let logger = logs.makeLogger(label: "outbox")
                AlertMailer(directory: frozen.directory, database: frozen.database, logger: logger) {
                    StoreFixtures.referenceDate
                }
                .flushOutbox()
            }
        }
        // Then the server received each mail exactly once, all moved to sent, and nobody said one stays behind
        _ = try await server.waitForMessages(count: 12)
        // Real time is the point here: a second copy of a mail would arrive after the twelfth, so the test gives it
        // half a second to show up before counting (there is no event to wait for when nothing more comes).
        try await Task.sleep(for: .milliseconds(500))
        let subjects = try server.receivedMessages().map(\.subject).sorted()
        #expect(subjects == (0..<12).map { "test \($0)" }.sorted(), "\(subjects)")
        #expect(harness.outbox().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: harness.directory.sentMailPath).count == 12)
        let stays = logs.messages.filter { $0.contains("stays in the outbox") }
        #expect(stays.isEmpty, "\(stays)")
    }
}

/// Runs `work(index)` on `count` new threads at once and returns when all have finished.
private func onThreads(_ count: Int, _ work: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread {
            work(index)
            group.leave()
        }.start()
    }
    group.wait()
}
