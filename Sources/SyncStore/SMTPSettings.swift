/// The SMTP connection alert mail goes out through (set with `rakuten-sync smtp`).
package struct SMTPSettings: Sendable, Equatable {
    /// `smtp://host:port` (STARTTLS) or `smtps://host:port` (implicit TLS).
    package var url: String
    /// The From address.
    package var from: String
    /// Login name; nil when the server needs no authentication.
    package var username: String?
    /// Password (secret); nil when the server needs no authentication.
    package var password: String?
    /// Whether the password may go without TLS (loopback relays only); otherwise STARTTLS or `smtps://` is required.
    package var allowsPlainAuthentication: Bool

    /// SMTP settings with these values.
    package init(
        url: String,
        from: String,
        username: String? = nil,
        password: String? = nil,
        allowsPlainAuthentication: Bool = false
    ) {
        self.url = url
        self.from = from
        self.username = username
        self.password = password
        self.allowsPlainAuthentication = allowsPlainAuthentication
    }
}

extension SMTPSettings: CustomStringConvertible {
    /// The settings with the password masked.
    package var description: String {
        let password = self.password.map { $0.isEmpty ? "(not set)" : "****" } ?? "(not set)"
        return "SMTPSettings(url: \(url), from: \(from), username: \(username ?? "(not set)"), password: \(password)"
            + (allowsPlainAuthentication ? ", plain authentication allowed" : "") + ")"
    }
}
