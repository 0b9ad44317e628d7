/// Where and how `SMTPSender` delivers mail. `description` masks the password.
package struct SMTPConfiguration: Sendable, Equatable, CustomStringConvertible {
    /// `smtp://host:587` (plain, upgraded with STARTTLS when offered) or `smtps://host:465` (implicit TLS).
    package var url: String
    /// The AUTH user name; no AUTH when `nil`.
    package var username: String?
    /// The AUTH password (never logged or printed).
    package var password: String?
    /// For `smtp://`: refuse to send unless the server accepts STARTTLS (`CURLUSESSL_ALL`); when `false` STARTTLS
    /// is still used whenever the server offers it (`CURLUSESSL_TRY`), always with certificate verification.
    package var requiresSTARTTLS: Bool
    /// Whether a password may be sent over a connection without TLS. Off by default: with a password the sender
    /// requires STARTTLS (`CURLUSESSL_ALL`) on `smtp://`, whatever `requiresSTARTTLS` says. Only for a relay on
    /// this machine (`smtp set --allow-plain-auth`, loopback hosts only).
    package var allowsPlainAuthentication: Bool
    /// Time allowed to connect (and finish the TLS handshake).
    package var connectTimeout: Duration
    /// Time allowed for the whole SMTP conversation.
    package var totalTimeout: Duration
    /// A PEM file of CA certificates to trust instead of the system store (tests only).
    package var caBundlePath: String?

    /// A configuration; timeouts default to 10 s to connect and 60 s in total.
    package init(
        url: String,
        username: String? = nil,
        password: String? = nil,
        requiresSTARTTLS: Bool = false,
        allowsPlainAuthentication: Bool = false,
        connectTimeout: Duration = .seconds(10),
        totalTimeout: Duration = .seconds(60),
        caBundlePath: String? = nil
    ) {
        self.url = url
        self.username = username
        self.password = password
        self.requiresSTARTTLS = requiresSTARTTLS
        self.allowsPlainAuthentication = allowsPlainAuthentication
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.caBundlePath = caBundlePath
    }

    /// Whether the session must be encrypted before anything is sent: asked for, or a password is set and plain
    /// authentication is not explicitly allowed (the password never travels in clear).
    package var requiresTLS: Bool {
        requiresSTARTTLS || (!(password ?? "").isEmpty && !allowsPlainAuthentication)
    }

    /// The settings with the password shown as `***`.
    package var description: String {
        "SMTPConfiguration(url: \(RedactedURL.redact(url)), username: \(username ?? "none"), password: "
            + (password == nil ? "none" : "***")
            + ", requiresSTARTTLS: \(requiresSTARTTLS), allowsPlainAuthentication: \(allowsPlainAuthentication)"
            + ", caBundlePath: \(caBundlePath ?? "system"))"
    }
}
