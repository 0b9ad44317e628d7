import Foundation
import Testing

@testable import CurlTransport

struct MailMessageTests {
    static let date = Date(timeIntervalSince1970: 1_795_824_000)  // 2026-11-28 00:00:00 UTC = 09:00 JST

    static func text(of message: MailMessage) -> String {
        String(decoding: message.rendered(date: date, messageID: "run-42@shop.example.jp"), as: UTF8.self)
    }

    @Test func rendersHeadersWithJSTDateAndMessageID() {
        let message = MailMessage(
            from: "alert@shop.example.jp",
            to: ["a@example.jp", "b@example.jp"],
            subject: "Daily report",
            body: "ok"
        )
        let text = Self.text(of: message)
        #expect(text.hasPrefix("Date: Sat, 28 Nov 2026 09:00:00 +0900\r\n"))
        #expect(text.contains("\r\nFrom: alert@shop.example.jp\r\n"))
        #expect(text.contains("\r\nTo: a@example.jp, b@example.jp\r\n"))
        #expect(text.contains("\r\nSubject: Daily report\r\n"))
        #expect(text.contains("\r\nMessage-ID: <run-42@shop.example.jp>\r\n"))
        #expect(text.contains("\r\nMIME-Version: 1.0\r\n"))
        #expect(
            text.contains(
                "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\nb2s=\r\n"
            )
        )
        #expect(!text.contains("multipart"))
    }

    @Test(arguments: [
        "【アラート】楽天受注の取り込みで3件のエラーが発生しました（スマレジ在庫連携・店舗: 渋谷本店）",
        "短い件名",
        "ASCII subject but far too long to fit on a single header line of seventy-six characters at most",
        "絵文字 🏬👨‍👩‍👧 と改行\r\nInjected: yes",
    ])
    func encodesSubjectAsFoldedEncodedWords(subject: String) throws {
        let text = Self.text(of: MailMessage(from: "a@b.jp", to: ["c@d.jp"], subject: subject, body: ""))
        let headerBlock = try #require(text.components(separatedBy: "\r\n\r\n").first)
        let lines = headerBlock.components(separatedBy: "\r\n")
        // Every line fits in 76 characters and no header was injected
        #expect(lines.allSatisfy { $0.utf8.count <= 76 })
        #expect(!lines.contains { $0.hasPrefix("Injected") })
        // The subject is the "Subject:" line plus its folded continuation lines, each an encoded word
        let start = try #require(lines.firstIndex { $0.hasPrefix("Subject: ") })
        var words = [String(lines[start].dropFirst("Subject: ".count))]
        for line in lines[(start + 1)...] where line.hasPrefix(" ") { words.append(String(line.dropFirst())) }
        #expect(words.allSatisfy { $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        // Decoding the words gives back the subject (control characters removed)
        let decoded = try words.map { word in
            let payload = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return try #require(Data(base64Encoded: String(payload)))
        }.reduce(Data(), +)
        #expect(String(decoding: decoded, as: UTF8.self) == subject.replacingOccurrences(of: "\r\n", with: ""))
    }

    @Test func rendersMultipartWithBase64AttachmentAndRFC2231FileName() throws {
        let csv = Data([0xEF, 0xBB, 0xBF]) + Data("受注番号,エラー\r\n123-45,在庫不足\r\n".utf8)
        let message = MailMessage(
            from: "alert@shop.example.jp",
            fromName: "楽天連携",
            to: ["ops@shop.example.jp"],
            subject: "レポート",
            body: "本文\n二行目",
            attachments: [
                MailAttachment(filename: "エラー報告_2026-11-28.csv", contentType: "text/csv; charset=UTF-8", data: csv),
                MailAttachment(filename: "report.csv", contentType: "text/csv", data: Data("a,b\r\n".utf8)),
            ]
        )
        let text = Self.text(of: message)
        let boundary = MIMEEncoding.boundary(for: "run-42@shop.example.jp")
        #expect(text.contains("Content-Type: multipart/mixed; boundary=\"\(boundary)\"\r\n"))
        #expect(
            text.contains("From: =?UTF-8?B?\(Data("楽天連携".utf8).base64EncodedString())?=\r\n <alert@shop.example.jp>")
        )
        #expect(text.contains("\r\n\r\n\(Data("本文\r\n二行目".utf8).base64EncodedString())\r\n"))
        #expect(text.contains("filename*0*=UTF-8''%E3%82%A8%E3%83%A9"))
        #expect(text.contains("Content-Disposition: attachment;\r\n filename=\"report.csv\""))
        #expect(text.contains(csv.base64EncodedString()))
        #expect(text.hasSuffix("--\(boundary)--\r\n"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
    }

    @Test func splitsLongFileNamesIntoContinuationsAtCharacterBoundaries() throws {
        let filename = "エラー報告_2026-11-28_渋谷本店_受注取り込み_在庫連携.csv"
        let parameter = MIMEEncoding.rfc2231Parameter("filename", value: filename)
        let segments = parameter.components(separatedBy: ";\r\n ")
        #expect(segments.count >= 3)
        var joined = ""
        for (index, segment) in segments.enumerated() {
            let prefix = index == 0 ? "filename*0*=UTF-8''" : "filename*\(index)*="
            #expect(segment.hasPrefix(prefix))
            #expect(segment.utf8.count + 2 <= 76)
            // Each segment is complete UTF-8 on its own
            let value = String(segment.dropFirst(prefix.count))
            let decoded = try #require(value.removingPercentEncoding)
            joined += decoded
        }
        #expect(joined == filename)
    }

    @Test func makesUniqueMessageIDsInTheSenderDomain() {
        let message = MailMessage(from: "alert@shop.example.jp", to: ["x@y.jp"], subject: "s", body: "b")
        let first = message.makeMessageID()
        #expect(first.hasSuffix("@shop.example.jp"))
        #expect(first != message.makeMessageID())
    }
}
