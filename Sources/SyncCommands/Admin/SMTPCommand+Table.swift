import ArgumentParser
import SyncJobs
import SyncStore

extension SMTPCommand {
    /// `rakuten-sync smtp show`: the SMTP settings as a table, the password masked.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "SMTP設定を表示 / Show the SMTP settings (the password is never shown)."
        )
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try options.openAdmin()
            let smtp = try SyncJobsError.database("read smtp") { try context.settings.smtp() }
            print(SMTPCommand.table(smtp))
        }
    }

    /// The SMTP settings as rows of key, value, default and meaning; the password only as `****` or 未設定.
    static func table(_ smtp: SMTPSettings?) -> String {
        let notSet = "未設定 / not set"
        let password = (smtp?.password).map { $0.isEmpty ? notSet : "****" } ?? notSet
        let rows: [[String]] = [
            [
                "url", smtp?.url ?? notSet, "-",
                "SMTPサーバー / server (smtp:// STARTTLS when offered, smtps:// TLS); unset: mail stays in data/outbox/",
            ],
            ["from", smtp?.from ?? notSet, "-", "差出人 / sender address"],
            ["user", (smtp?.username).flatMap { $0.isEmpty ? nil : $0 } ?? notSet, "なし / none", "SMTPログイン / login"],
            ["password", password, "なし / none", "SMTPパスワード (伏せ字) / password (masked)"],
            [
                "allow-plain-auth", smtp.map { $0.allowsPlainAuthentication ? "on" : "off" } ?? "off", "off",
                "暗号化なしのパスワード送信 (ループバックのみ) / password without TLS (loopback relays only)",
            ],
        ]
        return TextTable.render(header: ["キー / key", "値 / value", "既定値 / default", "意味 / meaning"], rows: rows)
    }
}
