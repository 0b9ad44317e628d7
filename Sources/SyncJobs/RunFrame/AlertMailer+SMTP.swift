import CurlTransport
import Foundation
import SyncStore

extension AlertMailer {
    /// Sends already-rendered bytes through the configured SMTP server.
    static func deliver(_ data: Data, from: String, to recipients: [String], smtp: SMTPSettings) throws {
        let sender = SMTPSender(
            configuration: SMTPConfiguration(
                url: smtp.url,
                username: smtp.username,
                password: smtp.password,
                allowsPlainAuthentication: smtp.allowsPlainAuthentication
            )
        )
        try sender.send(rawMessage: data, from: from, to: recipients)
    }
}
