import Foundation

/// The envelope of a mail waiting in the outbox, read back from its own `From:` and `To:` headers.
///
/// The run frame wrote those headers itself (plain ASCII addresses), so reading them back is exact and
/// the outbox needs no second file per mail.
package struct OutboxEnvelope: Sendable, Equatable {
    /// The envelope sender.
    package let from: String
    /// The envelope recipients.
    package let recipients: [String]

    /// Reads the header block of a rendered message; `nil` when either header is missing.
    package init?(message: Data) {
        let text = String(decoding: message.prefix(64 * 1024), as: UTF8.self)
        var from: String?
        var recipients: [String] = []
        var lastField = ""
        for line in text.components(separatedBy: "\r\n").flatMap({ $0.components(separatedBy: "\n") }) {
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" {
                if lastField == "to" { recipients += Self.addresses(line) }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            lastField = line[..<colon].lowercased()
            let value = String(line[line.index(after: colon)...])
            switch lastField {
            case "from": from = Self.addresses(value).first
            case "to": recipients += Self.addresses(value)
            default: break
            }
        }
        guard let from, !recipients.isEmpty else { return nil }
        self.from = from
        self.recipients = recipients
    }

    /// The bare addresses in a header value (`a@x, Name <b@y>` → `a@x`, `b@y`).
    private static func addresses(_ value: String) -> [String] {
        value.split(separator: ",").compactMap { part in
            var address = part.trimmingCharacters(in: .whitespaces)
            if let open = address.lastIndex(of: "<"), let close = address.lastIndex(of: ">"), open < close {
                address = String(address[address.index(after: open)..<close])
            }
            return address.contains("@") ? address : nil
        }
    }
}
