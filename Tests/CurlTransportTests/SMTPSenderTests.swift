import CurlTransport
import Foundation
import TestSupport
import Testing

@Suite(.timeLimit(.minutes(1)))
struct SMTPSenderTests {
    /// A report CSV as the run frame writes it: UTF-8 BOM, CRLF line ends, Japanese text.
    static let reportCSV =
        Data([0xEF, 0xBB, 0xBF]) + Data("受注番号,商品管理番号,エラー\r\n123456-20261128-0000001,item-1,\"在庫不足, 残り0\"\r\n".utf8)

    static func alertMessage(to recipients: [String]) -> MailMessage {
        MailMessage(
            from: "alert@shop.example.jp",
            fromName: "楽天スマレジ連携",
            to: recipients,
            subject: "【楽天連携】受注取り込みで 2 件のエラーが発生しました（渋谷本店・2026年11月28日 09:00 実行分）",
            body: "受注取り込みでエラーが発生しました。\n添付の CSV をご確認ください。\n. a line starting with a dot\n",
            attachments: [
                MailAttachment(
                    filename: "エラー報告_2026-11-28_渋谷本店_受注取り込み.csv",
                    contentType: "text/csv; charset=UTF-8",
                    data: reportCSV
                )
            ]
        )
    }

    @Test func deliversToEveryRecipientWithDecodableSubjectBodyAndAttachment() async throws {
        // Given a plain SMTP server
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        let sender = SMTPSender(configuration: SMTPConfiguration(url: server.url))
        let message = Self.alertMessage(to: ["ops@shop.example.jp", "owner@shop.example.jp"])

        // When the message is sent
        let sent = try await runBlocking { try sender.send(message) }

        // Then both recipients are in the envelope and everything decodes back exactly
        let mail = try #require(try await server.waitForMessages(count: 1).first)
        #expect(mail.mailFrom == "alert@shop.example.jp")
        #expect(mail.recipients == ["ops@shop.example.jp", "owner@shop.example.jp"])
        #expect(mail.subject == message.subject)
        #expect(mail.body == message.body.replacingOccurrences(of: "\n", with: "\r\n"))
        try #require(mail.attachments.count == 1)
        #expect(mail.attachments[0].filename == "エラー報告_2026-11-28_渋谷本店_受注取り込み.csv")
        #expect(mail.attachments[0].contentType == "text/csv")
        #expect(mail.attachments[0].data == Self.reportCSV)
        #expect(mail.raw == sent)
        #expect(!mail.authenticated)
    }

    @Test func sendsPreRenderedBytesFromTheOutbox() async throws {
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        let sender = SMTPSender(configuration: SMTPConfiguration(url: server.url))
        // Given an .eml rendered earlier (as the run frame writes it to data/outbox)
        let message = Self.alertMessage(to: ["ops@shop.example.jp"])
        let raw = message.rendered(
            date: Date(timeIntervalSince1970: 1_795_824_000),
            messageID: "outbox-1@shop.example.jp"
        )

        // When the bytes are sent with an explicit envelope
        try await runBlocking {
            try sender.send(
                rawMessage: raw,
                from: "bounce@shop.example.jp",
                to: ["ops@shop.example.jp", "cc@shop.example.jp"]
            )
        }

        // Then the server got exactly those bytes with that envelope
        let mail = try #require(try await server.waitForMessages(count: 1).first)
        #expect(mail.raw == raw)
        #expect(mail.mailFrom == "bounce@shop.example.jp")
        #expect(mail.recipients == ["ops@shop.example.jp", "cc@shop.example.jp"])
    }

    @Test func authenticatesWithUserAndPassword() async throws {
        let server = try await SMTPTestServer.start(credentials: (user: "shop", password: "p@ss word"))
        defer { server.stop() }
        let message = Self.alertMessage(to: ["ops@shop.example.jp"])

        // Wrong password: refused with the server's reply code and no password in the error
        let wrong = SMTPSender(
            configuration: SMTPConfiguration(
                url: server.url,
                username: "shop",
                password: "guess-123",
                allowsPlainAuthentication: true
            )
        )
        let error = await #expect(throws: CurlTransportError.self) {
            try await runBlocking { try wrong.send(message) }
        }
        #expect(!(error?.description.contains("guess-123") ?? true))
        guard case .smtpFailure(_, let code, _, _) = error else {
            Issue.record("expected smtpFailure, got \(String(describing: error))")
            return
        }
        #expect(code == 535)

        // Right password: delivered on an authenticated session
        let right = SMTPSender(
            configuration: SMTPConfiguration(
                url: server.url,
                username: "shop",
                password: "p@ss word",
                allowsPlainAuthentication: true
            )
        )
        try await runBlocking { try right.send(message) }
        let mail = try #require(try await server.waitForMessages(count: 1).first)
        #expect(mail.authenticated)
        #expect(mail.subject == message.subject)
    }

    @Test func upgradesWithSTARTTLSAndVerifiesTheCertificate() async throws {
        // Given a server that requires STARTTLS with a self-signed certificate for localhost
        let server = try await SMTPTestServer.start(
            credentials: (user: "shop", password: "secret"),
            requireSTARTTLS: true
        )
        defer { server.stop() }
        let certificate = try #require(server.certificate)
        let url = "smtp://localhost:\(server.port)"
        let message = Self.alertMessage(to: ["ops@shop.example.jp"])

        // When the certificate is not trusted, nothing is sent
        let untrusting = SMTPSender(configuration: SMTPConfiguration(url: url, username: "shop", password: "secret"))
        let error = await #expect(throws: CurlTransportError.self) {
            try await runBlocking { try untrusting.send(message) }
        }
        guard case .tlsFailure = error else {
            Issue.record("expected tlsFailure, got \(String(describing: error))")
            return
        }

        // Then with the certificate as CA bundle and STARTTLS required, the mail goes over TLS
        let configuration = SMTPConfiguration(
            url: url,
            username: "shop",
            password: "secret",
            requiresSTARTTLS: true,
            caBundlePath: certificate.certificatePath
        )
        try await runBlocking { try SMTPSender(configuration: configuration).send(message) }
        let mail = try #require(try await server.waitForMessages(count: 1).first)
        #expect(mail.tls)
        #expect(mail.authenticated)
        #expect(mail.attachments.first?.data == Self.reportCSV)
    }

    @Test func sendsOverImplicitTLS() async throws {
        // Given an smtps:// server with a self-signed certificate for localhost
        let server = try await SMTPTestServer.start(credentials: (user: "shop", password: "secret"), implicitTLS: true)
        defer { server.stop() }
        let certificate = try #require(server.certificate)
        let message = Self.alertMessage(to: ["ops@shop.example.jp"])

        // When the certificate is trusted through the CA bundle
        let configuration = SMTPConfiguration(
            url: server.url,
            username: "shop",
            password: "secret",
            caBundlePath: certificate.certificatePath
        )
        try await runBlocking { try SMTPSender(configuration: configuration).send(message) }

        // Then the mail arrives, authenticated, over TLS
        let mail = try #require(try await server.waitForMessages(count: 1).first)
        #expect(server.url.hasPrefix("smtps://"))
        #expect(mail.tls)
        #expect(mail.authenticated)
        #expect(mail.subject == message.subject)
    }

    @Test func requiredSTARTTLSRefusesAServerWithoutIt() async throws {
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        let sender = SMTPSender(configuration: SMTPConfiguration(url: server.url, requiresSTARTTLS: true))
        let error = await #expect(throws: CurlTransportError.self) {
            try await runBlocking { try sender.send(Self.alertMessage(to: ["ops@shop.example.jp"])) }
        }
        guard case .tlsFailure(_, let curlCode, _) = error else {
            Issue.record("expected tlsFailure, got \(String(describing: error))")
            return
        }
        #expect(curlCode == 64)
        #expect(error?.description.contains("does not offer TLS") == true)
        #expect(try server.receivedMessages().isEmpty)
    }

    @Test func refusedRecipientIsAnSMTPFailureWithTheReplyCode() async throws {
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        let sender = SMTPSender(configuration: SMTPConfiguration(url: server.url))
        let error = await #expect(throws: CurlTransportError.self) {
            try await runBlocking { try sender.send(Self.alertMessage(to: ["reject-me@shop.example.jp"])) }
        }
        guard case .smtpFailure(let url, let code, _, _) = error else {
            Issue.record("expected smtpFailure, got \(String(describing: error))")
            return
        }
        #expect(url == server.url)
        #expect(code == 550)
        #expect(error?.description.contains("550") == true)
        #expect(try server.receivedMessages().isEmpty)
    }

    @Test func refusedConnectionIsAConnectionFailure() async throws {
        let port = try closedPort()
        let sender = SMTPSender(configuration: SMTPConfiguration(url: "smtp://127.0.0.1:\(port)"))
        let error = await #expect(throws: CurlTransportError.self) {
            try await runBlocking { try sender.send(Self.alertMessage(to: ["ops@shop.example.jp"])) }
        }
        guard case .connectionFailed = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
    }

    @Test(arguments: ["", "no-at-sign", "two@@example.jp", "a b@example.jp", "x@y.jp\r\nRCPT TO:<evil@z.jp>"])
    func rejectsInvalidAddresses(address: String) {
        let sender = SMTPSender(configuration: SMTPConfiguration(url: "smtp://127.0.0.1:1"))
        #expect(throws: CurlTransportError.self) {
            try sender.send(rawMessage: Data("x".utf8), from: "a@b.jp", to: [address])
        }
    }

    @Test func configurationDescriptionMasksThePassword() {
        let configuration = SMTPConfiguration(url: "smtp://mail.example.jp:587", username: "shop", password: "hunter2")
        #expect(!configuration.description.contains("hunter2"))
        #expect(configuration.description.contains("***"))
    }
}
