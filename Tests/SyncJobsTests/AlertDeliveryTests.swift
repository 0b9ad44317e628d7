import Foundation
import Logging
import SyncJobs
import SyncStore
import TestSupport
import Testing

/// Alert mail through a real SMTP server (aiosmtpd on loopback).
struct AlertDeliveryTests {
    @Test(.timeLimit(.minutes(1)))
    func outboxMailReachesTheSMTPServerWithTheReportAttached() async throws {
        // Given a store whose key expires in 2 days, two alert addresses and SMTP pointing at aiosmtpd
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        var harness = try RunFrameTests.Harness(
            licenseDaysLeft: 2,
            alertEmails: ["ops@example.jp", "owner@example.jp"]
        )
        harness.store.name = "楽天テスト店"
        try SettingsRepository(database: harness.database).setSMTP(
            SMTPSettings(url: server.url, from: "rakuten-sync@example.jp")
        )
        let frozen = harness
        // When a job runs
        let summary = try await runBlocking { frozen.frame().run(job: .orders, store: frozen.store) { _ in } }
        // Then the mail arrives for both recipients with the Japanese subject and the report byte for byte
        let mails = try await server.waitForMessages(count: 1)
        let mail = try #require(mails.first)
        #expect(Set(mail.recipients) == ["ops@example.jp", "owner@example.jp"])
        #expect(mail.subject.hasPrefix("【rakuten-sync】店舗 main (楽天テスト店) 受注取得: 警告1件"))
        #expect(mail.body?.contains("店舗: 楽天テスト店 (店舗コード main)") == true)
        #expect(mail.body?.contains(harness.root.path) == false, "no server path in the body")
        #expect(mail.body?.contains("LICENSE_EXPIRING") == true)
        let report = try Data(contentsOf: URL(fileURLWithPath: try #require(summary.reportPath)))
        #expect(mail.attachments.first?.data == report)
        // And the mail moved from the outbox to outbox/sent
        #expect(harness.outbox().isEmpty)
        let sent = try FileManager.default.contentsOfDirectory(atPath: harness.directory.sentMailPath)
        #expect(sent.count == 1)
    }

    @Test(.timeLimit(.minutes(1)))
    func unsentMailWaitsInTheOutboxAndGoesOutWithALaterRun() async throws {
        // Given SMTP pointing at a port where nothing listens
        let harness = try RunFrameTests.Harness(licenseDaysLeft: 2)
        let settings = SettingsRepository(database: harness.database)
        try settings.setSMTP(SMTPSettings(url: "smtp://127.0.0.1:9", from: "rakuten-sync@example.jp"))
        let first = try await runBlocking { harness.frame().run(job: .stock, store: harness.store) { _ in } }
        #expect(first.mailPath != nil)
        #expect(harness.outbox().count == 1)
        // When the server is back and the next run (with nothing new to mail) starts
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        try settings.setSMTP(SMTPSettings(url: server.url, from: "rakuten-sync@example.jp"))
        let second = try await runBlocking {
            harness.frame(at: StoreFixtures.referenceDate.addingTimeInterval(600)).run(
                job: .stock,
                store: harness.store
            ) { _ in }
        }
        // Then the waiting mail is delivered and no duplicate is written
        #expect(second.mailPath == nil)
        let mails = try await server.waitForMessages(count: 1)
        #expect(mails.count == 1)
        #expect(harness.outbox().isEmpty)
    }
}
