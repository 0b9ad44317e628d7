import Foundation

/// The MIME building blocks `MailMessage` renders with: RFC 2047 encoded words, RFC 2231 parameters, base64
/// bodies and RFC 5322 dates. Every header line stays within 76 characters.
enum MIMEEncoding {
    /// Longest UTF-8 chunk per encoded word: `=?UTF-8?B?` + 52 base64 chars + `?=` = 64, plus the header name
    /// (`Subject: `) or the folding space, stays under 76.
    static let encodedWordBytes = 39

    /// `text` with every line ending (LF, CR or CRLF) written as CRLF.
    static func crlf(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// Base64 in 76-character lines joined by CRLF (RFC 2045 §6.8).
    static func base64Lines(_ data: Data) -> String {
        let text = Array(data.base64EncodedString().utf8)
        return stride(from: 0, to: text.count, by: 76)
            .map { String(decoding: text[$0..<min($0 + 76, text.count)], as: UTF8.self) }
            .joined(separator: "\r\n")
    }

    /// Removes CR, LF and other control characters so a value can never start a new header.
    static func headerSafe(_ value: String) -> String {
        // Only category Cc (C0/C1 controls, DEL): format characters such as the zero-width joiner of emoji stay.
        String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.properties.generalCategory != .control }))
    }

    /// Whether `text` can go into a header as is: printable ASCII only and short enough for one line.
    static func isPlainHeaderText(_ text: String, headerName: String) -> Bool {
        text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
            && headerName.count + 2 + text.count <= 76
    }

    /// An unstructured header value (RFC 5322 §3.2.5): plain when printable ASCII that fits, otherwise
    /// RFC 2047 `=?UTF-8?B?...?=` words of at most 39 bytes each, folded with CRLF + space.
    static func unstructured(_ text: String, headerName: String) -> String {
        if isPlainHeaderText(text, headerName: headerName) { return text }
        return encodedWords(headerSafe(text)).joined(separator: "\r\n ")
    }

    /// Splits `text` at character boundaries (never inside a UTF-8 sequence) into encoded words.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk = Data()
        for character in text {
            let bytes = Data(String(character).utf8)
            if !chunk.isEmpty && chunk.count + bytes.count > encodedWordBytes {
                words.append(encodedWord(chunk))
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty || words.isEmpty { words.append(encodedWord(chunk)) }
        return words
    }

    private static func encodedWord(_ bytes: Data) -> String {
        "=?UTF-8?B?\(bytes.base64EncodedString())?="
    }

    /// `addr` or `display-name <addr>`; the name is a quoted string when ASCII, encoded words otherwise.
    static func mailbox(address: String, displayName: String?) -> String {
        let address = headerSafe(address)
        guard let displayName, !displayName.isEmpty else { return address }
        if isPlainHeaderText(displayName, headerName: "From") {
            let quoted = displayName.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(quoted)\" <\(address)>"
        }
        return encodedWords(headerSafe(displayName)).joined(separator: "\r\n ") + "\r\n <\(address)>"
    }

    /// A comma-separated address list, one address per folded line when it would not fit on one.
    static func addressList(_ addresses: [String], headerName: String) -> String {
        let safe = addresses.map(headerSafe)
        let oneLine = safe.joined(separator: ", ")
        return headerName.count + 2 + oneLine.count <= 76 ? oneLine : safe.joined(separator: ",\r\n ")
    }

    /// `Sat, 28 Nov 2026 09:05:00 +0900`, in JST.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Tokyo")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }

    /// A multipart boundary derived from the Message-ID. It contains `_`, which base64 never produces, so it
    /// cannot occur inside a part.
    static func boundary(for messageID: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in messageID.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "=_rakuten-sync_" + String(hash, radix: 16)
    }

    /// `Content-Type`, `Content-Transfer-Encoding` and `Content-Disposition` of one attachment.
    static func attachmentHeaders(_ attachment: MailAttachment) -> [String] {
        let contentType = headerSafe(attachment.contentType)
        let filename = headerSafe(attachment.filename)
        let isPlain = filename.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) } && filename.count <= 50
        guard !isPlain else {
            let quoted = filename.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\"",
                with: "\\\""
            )
            return [
                "Content-Type: \(contentType);\r\n name=\"\(quoted)\"",
                "Content-Transfer-Encoding: base64",
                "Content-Disposition: attachment;\r\n filename=\"\(quoted)\"",
            ]
        }
        return [
            "Content-Type: \(contentType)",
            "Content-Transfer-Encoding: base64",
            "Content-Disposition: attachment;\r\n " + rfc2231Parameter("filename", value: filename),
        ]
    }

    /// RFC 2231 `name*=UTF-8''%E3%83...`, split into `name*0*=`, `name*1*=`... continuations of at most
    /// 50/60 characters (never inside a character's `%XX` sequence) when it would not fit on one line.
    static func rfc2231Parameter(_ name: String, value: String) -> String {
        let attributeCharacters = Set("!#$&+-.^_`|~".utf8)
        // One piece per character, so continuations never split a UTF-8 sequence (some mail clients cannot
        // rejoin those even though RFC 2231 §4.1 allows it).
        let encoded: [String] = value.map { character in
            String(character).utf8.map { byte in
                let isAttributeChar =
                    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                    || (0x61...0x7A).contains(byte) || attributeCharacters.contains(byte)
                return isAttributeChar ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
            }.joined()
        }
        let whole = encoded.joined()
        if name.count + 10 + whole.count <= 70 { return "\(name)*=UTF-8''\(whole)" }
        var segments: [String] = []
        var current = ""
        for piece in encoded {
            // The first segment also carries `UTF-8''`, so it gets 10 characters less.
            if current.count + piece.count > (segments.isEmpty ? 50 : 60) {
                segments.append(current)
                current = ""
            }
            current += piece
        }
        if !current.isEmpty { segments.append(current) }
        return segments.enumerated().map { index, segment in
            index == 0 ? "\(name)*0*=UTF-8''\(segment)" : "\(name)*\(index)*=\(segment)"
        }.joined(separator: ";\r\n ")
    }
}
