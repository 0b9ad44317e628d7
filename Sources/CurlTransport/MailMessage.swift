import Foundation

/// A plain-text UTF-8 mail with optional attachments, rendered to RFC 5322 bytes by `rendered(date:messageID:)`.
package struct MailMessage: Sendable, Equatable {
    /// The sender's address (`shop@example.com`), used for `From` and as the SMTP envelope sender.
    package var from: String
    /// An optional display name for `From` (Japanese allowed).
    package var fromName: String?
    /// The recipients' addresses, used for `To` and as the SMTP envelope recipients.
    package var to: [String]
    /// The subject (Japanese allowed; sent as RFC 2047 encoded words when not plain ASCII).
    package var subject: String
    /// The text body; line ends are sent as CRLF.
    package var body: String
    /// Files attached after the body.
    package var attachments: [MailAttachment]

    /// A message.
    package init(
        from: String,
        fromName: String? = nil,
        to: [String],
        subject: String,
        body: String,
        attachments: [MailAttachment] = []
    ) {
        self.from = from
        self.fromName = fromName
        self.to = to
        self.subject = subject
        self.body = body
        self.attachments = attachments
    }

    /// A new unique Message-ID (without angle brackets) in the sender's domain, e.g. `UUID@shop.example.com`.
    package func makeMessageID() -> String {
        let domain = from.split(separator: "@").last.map(String.init) ?? "localhost"
        return "\(UUID().uuidString.lowercased())@\(MIMEEncoding.headerSafe(domain))"
    }

    /// `id` without surrounding angle brackets, so a caller that passes `<id>` still gets `Message-ID: <id>`.
    static func bare(_ id: String) -> String {
        var bare = Substring(id.trimmingCharacters(in: .whitespaces))
        while bare.hasPrefix("<") { bare.removeFirst() }
        while bare.hasSuffix(">") { bare.removeLast() }
        return String(bare)
    }

    /// The complete message (headers, blank line, body) with CRLF line ends, ready for an `.eml` file or SMTP.
    /// - Parameters:
    ///   - date: the `Date` header, written in JST (`+0900`).
    ///   - messageID: the `Message-ID` without angle brackets, e.g. from `makeMessageID()`.
    package func rendered(date: Date, messageID: String) -> Data {
        var headers = [
            "Date: \(MIMEEncoding.rfc5322Date(date))",
            "From: \(MIMEEncoding.mailbox(address: from, displayName: fromName))",
            "To: \(MIMEEncoding.addressList(to, headerName: "To"))",
            "Subject: \(MIMEEncoding.unstructured(subject, headerName: "Subject"))",
            "Message-ID: <\(MIMEEncoding.headerSafe(Self.bare(messageID)))>",
            "MIME-Version: 1.0",
        ]
        let textPart = [
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
            MIMEEncoding.base64Lines(Data(MIMEEncoding.crlf(body).utf8)),
        ]
        var lines: [String]
        if attachments.isEmpty {
            lines = headers + textPart
        } else {
            let boundary = MIMEEncoding.boundary(for: messageID)
            headers.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
            lines = headers + ["", "This is a multi-part message in MIME format.", "--\(boundary)"] + textPart
            for attachment in attachments {
                lines.append("--\(boundary)")
                lines += MIMEEncoding.attachmentHeaders(attachment)
                lines += ["", MIMEEncoding.base64Lines(attachment.data)]
            }
            lines.append("--\(boundary)--")
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }
}
