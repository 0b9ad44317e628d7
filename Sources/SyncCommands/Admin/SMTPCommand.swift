import ArgumentParser
import CurlTransport
import Foundation
import SyncCore
import SyncJobs
import SyncStore

/// `rakuten-sync smtp ...`: the mail server alert mail goes through.
struct SMTPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smtp",
        abstract: "メール送信設定 / The SMTP server for alert mail.",
        discussion: "Without SMTP, alert mail still lands in data/outbox/ as .eml files and is sent once SMTP is set.",
        subcommands: [Set.self, Show.self, Test.self]
    )

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "SMTPサーバーを設定 / Set the SMTP URL, sender and login.",
            discussion: "The password is read from SMTP_PASSWORD or standard input when --user is given."
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "smtp://host:587 (STARTTLS when offered) or smtps://host:465.") var url: String
        @Option(help: "差出人 / sender address.") var from: String
        @Option(help: "SMTP login user (optional).") var user: String?
        @Flag(
            help:
                "パスワードを暗号化なしで送ることを許可 (ループバックの中継サーバーのみ) / Allow sending the password without TLS (loopback relays only)."
        )
        var allowPlainAuth = false

        func validate() throws {
            let lower = url.lowercased()
            guard lower.hasPrefix("smtp://") || lower.hasPrefix("smtps://") else {
                throw ValidationError("--url must start with smtp:// or smtps://")
            }
            if let problem = StoreValidation.problem(withEmail: from) { throw ValidationError(problem) }
            if allowPlainAuth && !Self.isLoopback(url) {
                throw ValidationError(
                    "--allow-plain-auth はループバック (127.0.0.1, ::1, localhost) のサーバーにだけ使えます "
                        + "(--allow-plain-auth is only for a relay on this machine)"
                )
            }
        }

        /// Whether the URL's host is this machine.
        static func isLoopback(_ url: String) -> Bool {
            guard let host = URLComponents(string: url)?.host?.lowercased() else { return false }
            return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
        }

        func run() throws {
            let context = try options.openAdmin()
            var password: String?
            if user != nil {
                var input = SecretInput()
                password = input.read(variable: "SMTP_PASSWORD", prompt: "SMTP password")
            }
            let settings = SMTPSettings(
                url: url,
                from: from,
                username: user,
                password: password,
                allowsPlainAuthentication: allowPlainAuth
            )
            try SyncJobsError.database("write smtp") { try context.settings.setSMTP(settings) }
            print("SMTPを設定しました / SMTP set:")
            print(SMTPCommand.table(settings))
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "テストメールを送信 / Send a test mail.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "宛先 / recipient.") var to: String

        func validate() throws {
            if let problem = StoreValidation.problem(withEmail: to) { throw ValidationError(problem) }
        }

        func run() throws {
            let context = try options.openAdmin()
            guard let smtp = try SyncJobsError.database("read smtp", { try context.settings.smtp() }) else {
                throw SyncJobsError.refused(reason: "SMTPが未設定です (no SMTP server; run `rakuten-sync smtp set` first)")
            }
            let now = context.clock()
            let message = MailMessage(
                from: smtp.from,
                to: [to],
                subject: "【rakuten-sync】テストメール / test mail",
                body:
                    "rakuten-sync からのテストメールです。\nThis is a test mail from rakuten-sync.\n\(JSTCalendar.displayString(now)) JST\n",
                attachments: []
            )
            let sender = SMTPSender(
                configuration: SMTPConfiguration(
                    url: smtp.url,
                    username: smtp.username,
                    password: smtp.password,
                    allowsPlainAuthentication: smtp.allowsPlainAuthentication
                )
            )
            do {
                try sender.send(
                    rawMessage: message.rendered(
                        date: now,
                        messageID: "test.\(Int(now.timeIntervalSince1970))@rakuten-sync"
                    ),
                    from: smtp.from,
                    to: [to]
                )
            } catch {
                throw SyncJobsError.remoteUnavailable(store: "-", service: "SMTP", detail: "\(error)")
            }
            print("送信しました / sent to \(to)")
        }
    }
}
