import Foundation

/// A real SMTP server on loopback (aiosmtpd via `Fixtures/scripts/smtp_server.py`) that records every accepted
/// mail, optionally requiring AUTH and offering or requiring STARTTLS. Recipients whose address starts with
/// `reject` are refused with `550`, to test permanent failures.
///
/// Start it with `try await SMTPTestServer.start(...)`, read what arrived with `waitForMessages(count:)`, and stop
/// it with `stop()` (it also stops on deinit, and the script exits by itself when the test process goes away).
/// Blocking parts are short (process spawn, ~20 ms stop), so async tests may call them directly.
package final class SMTPTestServer: Sendable {
    /// One mail as the server received and Python's `email` package decoded it.
    package struct ReceivedMail: Sendable, Equatable, Decodable {
        /// One decoded attachment.
        package struct Attachment: Sendable, Equatable, Decodable {
            /// The decoded file name (RFC 2231 / RFC 2047 undone).
            package let filename: String?
            /// The MIME type without parameters, e.g. `text/csv`.
            package let contentType: String
            /// The decoded bytes.
            package let data: Data

            enum CodingKeys: String, CodingKey {
                case filename, contentType, data
            }
        }

        /// The SMTP envelope sender (`MAIL FROM`).
        package let mailFrom: String
        /// The SMTP envelope recipients (`RCPT TO`), in order.
        package let recipients: [String]
        /// The decoded `Subject` header.
        package let subject: String
        /// The decoded text/plain body.
        package let body: String?
        /// Decoded attachments, in order.
        package let attachments: [Attachment]
        /// The raw message bytes as received.
        package let raw: Data
        /// Whether the session had authenticated with AUTH.
        package let authenticated: Bool
        /// Whether the session was TLS (STARTTLS) when the mail was sent.
        package let tls: Bool

        enum CodingKeys: String, CodingKey {
            case mailFrom, recipients, subject, body, attachments, raw, authenticated, tls
        }
    }

    /// The listening port on 127.0.0.1.
    package let port: Int
    /// The directory the server writes `message-N.json` / `message-N.eml` into.
    package let directory: URL
    /// The certificate offered for STARTTLS, when started with TLS.
    package let certificate: TLSTestCertificate?
    /// Whether the server speaks TLS from the first byte (`smtps://`).
    package let implicitTLS: Bool
    private let process: ScriptProcess

    /// `smtp://127.0.0.1:<port>`, or `smtps://localhost:<port>` with implicit TLS (the certificate's name).
    /// With STARTTLS, use `smtp://localhost:<port>` so the certificate's host name matches.
    package var url: String { implicitTLS ? "smtps://localhost:\(port)" : "smtp://127.0.0.1:\(port)" }

    /// Starts a server and waits until it accepts connections.
    /// - Parameters:
    ///   - credentials: when given, AUTH with exactly this user and password is required before sending.
    ///   - startTLS: offer STARTTLS with a freshly generated self-signed certificate (`certificate`).
    ///   - requireSTARTTLS: refuse mail unless the client upgraded with STARTTLS (implies `startTLS`).
    ///   - implicitTLS: speak TLS from the first byte, for `smtps://localhost:<port>` (excludes STARTTLS).
    package static func start(
        credentials: (user: String, password: String)? = nil,
        startTLS: Bool = false,
        requireSTARTTLS: Bool = false,
        implicitTLS: Bool = false
    ) async throws -> SMTPTestServer {
        let directory = try ScriptProcess.makeTemporaryDirectory(prefix: "smtp-test-server")
        var arguments = ["--dir", directory.path]
        if let credentials { arguments += ["--auth", "\(credentials.user):\(credentials.password)"] }
        var certificate: TLSTestCertificate?
        if startTLS || requireSTARTTLS || implicitTLS {
            let generated = try TLSTestCertificate.generate(in: directory)
            certificate = generated
            arguments += ["--cert", generated.certificatePath, "--key", generated.keyPath]
            if implicitTLS {
                arguments.append("--implicit-tls")
            } else if requireSTARTTLS {
                arguments.append("--require-starttls")
            }
        }
        let process = try await ScriptProcess.launch(script: "smtp_server", arguments: arguments, directory: directory)
        return SMTPTestServer(process: process, certificate: certificate, implicitTLS: implicitTLS)
    }

    private init(process: ScriptProcess, certificate: TLSTestCertificate?, implicitTLS: Bool) {
        self.process = process
        self.port = process.port
        self.directory = process.directory
        self.certificate = certificate
        self.implicitTLS = implicitTLS
    }

    /// Every mail received so far, in arrival order.
    package func receivedMessages() throws -> [ReceivedMail] {
        let decoder = JSONDecoder()
        var messages: [ReceivedMail] = []
        var index = 1
        while let data = FileManager.default.contents(
            atPath: directory.appendingPathComponent("message-\(index).json").path
        ) {
            messages.append(try decoder.decode(ReceivedMail.self, from: data))
            index += 1
        }
        return messages
    }

    /// Waits until at least `count` mails arrived (the server writes them just after replying 250).
    package func waitForMessages(count: Int, timeout: Duration = .seconds(5)) async throws -> [ReceivedMail] {
        let started = ContinuousClock.now
        while ContinuousClock.now - started < timeout {
            let messages = try receivedMessages()
            if messages.count >= count { return messages }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw TestServerError.timedOut("expected \(count) mail(s), got \(try receivedMessages().count)")
    }

    /// Stops the server process and deletes its directory (idempotent; also done on deinit), so read the
    /// received messages first.
    package func stop() { process.stop() }
}
