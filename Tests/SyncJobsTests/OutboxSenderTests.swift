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
        let messages = LogLines()
        let frozen = harness
        try await runBlocking {
            onThreads(2) { _ in
                let logger = Logger(label: "outbox") { _ in CollectingLogHandler(messages: messages) }
                AlertMailer(directory: frozen.directory, database: frozen.database, logger: logger) {
                    StoreFixtures.referenceDate
                }
                .flushOutbox()
            }
        }
        // Then the server received each mail exactly once, all moved to sent, and nobody said one stays behind
        _ = try await server.waitForMessages(count: 12)
        try await Task.sleep(for: .milliseconds(500))
        let subjects = try server.receivedMessages().map(\.subject).sorted()
        #expect(subjects == (0..<12).map { "test \($0)" }.sorted(), "\(subjects)")
        #expect(harness.outbox().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: harness.directory.sentMailPath).count == 12)
        let stays = messages.all.filter { $0.contains("stays in the outbox") }
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

/// Logged messages, appended from sender threads under `lock` (hence `@unchecked Sendable`).
private final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var all: [String] { lock.withLock { lines } }

    func append(_ line: String) { lock.withLock { lines.append(line) } }
}

/// Keeps every logged message.
private struct CollectingLogHandler: LogHandler {
    let messages: LogLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        messages.append("\(event.message)")
    }
}
