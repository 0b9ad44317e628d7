import Foundation
import Logging
import SyncCore
import SyncJobs
import SyncStore
import TestSupport
import Testing

/// An outage of Rakuten or Smaregi is mailed once for the store, only once it has lasted `outage-alert-minutes`
/// (issue #11 §2), through a real SMTP server on loopback.
struct StoreWideOutageTests {
    @Test(.timeLimit(.minutes(1)))
    func anOutageIsMailedOnceWhenItOutlastsTheThreshold() async throws {
        // Given a store with every job on, SMTP on loopback and Rakuten failing for every job from t0 on
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        var harness = try RunFrameTests.Harness()
        harness.store.shippingEnabled = false
        try SettingsRepository(database: harness.database).setSMTP(
            SMTPSettings(url: server.url, from: "rakuten-sync@example.jp")
        )
        let frozen = harness
        let down = SyncJobsError.remoteUnavailable(
            store: "main",
            service: "Rakuten RMS",
            detail: "HTTP 503 (after 4 attempts)"
        )
        func run(_ job: JobName, atMinute minute: Double) async throws -> String? {
            let at = StoreFixtures.referenceDate.addingTimeInterval(minute * 60)
            return try await runBlocking { frozen.frame(at: at).run(job: job, store: frozen.store) { _ in throw down } }
                .mailPath
        }

        // When the jobs keep failing for 9 minutes, then past the default threshold of 10
        #expect(try await run(.orders, atMinute: 0) == nil)
        #expect(try await run(.stock, atMinute: 5) == nil)
        #expect(try await run(.orders, atMinute: 9) == nil)
        #expect(try server.receivedMessages().isEmpty)
        #expect(try await run(.stock, atMinute: 10) != nil)
        #expect(try await run(.orders, atMinute: 11) == nil)

        // Then one mail went out, for the store, naming both stopped jobs, not 「在庫更新: エラー1件」
        let mails = try server.receivedMessages()
        #expect(mails.count == 1, "\(mails.map(\.subject))")
        let mail = try #require(mails.first)
        #expect(mail.subject.contains("楽天RMSに接続できません — 受注取得・在庫更新が停止中"), "\(mail.subject)")
        #expect(!mail.subject.contains("エラー1件"))
        #expect(mail.body?.contains("HTTP 503") == true)

        // And once the job that first hit it works again, one recovery mail says the service is back
        let back = StoreFixtures.referenceDate.addingTimeInterval(12 * 60)
        let recovered = try await runBlocking { frozen.frame(at: back).run(job: .orders, store: frozen.store) { _ in } }
        #expect(recovered.mailPath != nil)
        let again = StoreFixtures.referenceDate.addingTimeInterval(13 * 60)
        _ = try await runBlocking { frozen.frame(at: again).run(job: .orders, store: frozen.store) { _ in } }
        let all = try server.receivedMessages()
        #expect(all.count == 2, "\(all.map(\.subject))")
        #expect(all.last?.subject.contains("解消しました — 楽天RMSに接続できません") == true, "\(all.last?.subject ?? "")")
    }

    @Test(.timeLimit(.minutes(1)))
    func aShortOutageIsNotMailed() async throws {
        // Given Rakuten down for one run, and back on the next
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        let harness = try RunFrameTests.Harness()
        try SettingsRepository(database: harness.database).setSMTP(
            SMTPSettings(url: server.url, from: "rakuten-sync@example.jp")
        )
        let down = SyncJobsError.remoteUnavailable(store: "main", service: "Rakuten RMS", detail: "HTTP 429")
        let first = try await runBlocking { harness.frame().run(job: .stock, store: harness.store) { _ in throw down } }
        let later = StoreFixtures.referenceDate.addingTimeInterval(60)
        _ = try await runBlocking { harness.frame(at: later).run(job: .stock, store: harness.store) { _ in } }
        // When it fails again 15 minutes later, once
        let after = StoreFixtures.referenceDate.addingTimeInterval(15 * 60)
        let again = try await runBlocking {
            harness.frame(at: after).run(job: .stock, store: harness.store) { _ in throw down }
        }
        // Then nothing was mailed: each outage started anew and none lasted 10 minutes
        #expect(first.mailPath == nil && again.mailPath == nil)
        #expect(try server.receivedMessages().isEmpty)
    }
    @Test(.timeLimit(.minutes(1)))
    func ordersLeftBecauseSmaregiDidNotAnswerAreTheOutageNotAWarningMail() async throws {
        // Given the orders job leaving an order for the next run each minute because Smaregi does not answer
        // (its run succeeds with a SMAREGI_UNAVAILABLE warning row, 対応不要)
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        let harness = try RunFrameTests.Harness()
        try SettingsRepository(database: harness.database).setSMTP(
            SMTPSettings(url: server.url, from: "rakuten-sync@example.jp")
        )
        let left = ReportRow(
            severity: .warning,
            code: .smaregiUnavailable,
            rakutenOrderNumber: "100000-20261204-0000001",
            messageJa: "スマレジに接続できず受注登録が完了しませんでした。",
            messageEn: "Smaregi could not be reached while creating the order (HTTP 503).",
            action: "対応不要です"
        )
        func run(atMinute minute: Double, leaving: Bool) async throws -> String? {
            let at = StoreFixtures.referenceDate.addingTimeInterval(minute * 60)
            return try await runBlocking {
                harness.frame(at: at).run(job: .orders, store: harness.store) { context in
                    if leaving { context.reportSmaregiOutage(left) }
                }
            }
            .mailPath
        }

        // When it lasts 9 minutes, then past the threshold of 10
        for minute in [0.0, 3, 6, 9] { #expect(try await run(atMinute: minute, leaving: true) == nil) }
        #expect(try server.receivedMessages().isEmpty, "no 「受注取得: 警告1件」 for an outage below the threshold")
        #expect(try await run(atMinute: 10, leaving: true) != nil)
        #expect(try await run(atMinute: 11, leaving: true) == nil)

        // Then one store-wide mail names the outage, and the first run without it mails that it is over
        #expect(try await run(atMinute: 12, leaving: false) != nil)
        let mails = try server.receivedMessages()
        #expect(mails.count == 2, "\(mails.map(\.subject))")
        #expect(mails.first?.subject.contains("スマレジに接続できません") == true, "\(mails.map(\.subject))")
        #expect(mails.last?.subject.contains("解消しました — スマレジに接続できません") == true, "\(mails.map(\.subject))")
    }
}
