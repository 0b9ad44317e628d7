import Foundation
import SyncCore
import SyncJobs
import Testing

/// Every `ReportRow` the code builds says `message_ja` in Japanese only and `message_en` in English only
/// (issue #11 §2): the mail shows them in separate blocks, and a merchant reading one language reads all of it.
/// The test reads the catalogue itself, every `messageJa:` / `messageEn:` text written in `Sources/`.
struct ReportMessageLanguageTests {
    /// One message text as written in the sources, interpolations removed.
    struct Message: CustomStringConvertible {
        let file: String
        let line: Int
        let label: String
        let text: String
        var description: String { "\(file):\(line) \(label) \(text)" }
    }

    @Test func japaneseMessagesAreJapaneseAndEnglishMessagesEnglish() throws {
        let messages = try Self.catalogue()
        #expect(messages.count > 40, "the scan found only \(messages.count) messages")
        let mixedEnglish = messages.filter { $0.label == "messageEn" && Self.hasJapanese($0.text) }
        let mixedJapanese = messages.filter { $0.label == "messageJa" && Self.hasEnglishPhrase($0.text) }
        #expect(mixedEnglish.isEmpty, "message_en with Japanese: \(mixedEnglish)")
        #expect(mixedJapanese.isEmpty, "message_ja with an English phrase: \(mixedJapanese)")
    }

    @Test(arguments: [
        SyncJobsError.authentication(
            store: "main",
            service: "Rakuten RMS",
            detail: "RMS searchOrder: authentication refused (HTTP 401, ES01-01 Un-Authorised); check the key"
        ),
        .authentication(store: "main", service: "Smaregi", detail: "token: HTTP 401 invalid_client"),
        .remoteUnavailable(store: "main", service: "Rakuten RMS", detail: "HTTP 503 (after 4 attempts)"),
        .fileSystem(operation: "write report", path: "/srv/reports/x.csv", reason: "No space left on device"),
        .database(operation: "finish run", underlying: .other("disk I/O error")),
    ])
    func aFailedJobsRowSaysItInEachLanguageApart(error: SyncJobsError) {
        let row = FailureRow.make(error, job: .stock)
        #expect(!Self.hasJapanese(row.messageEn), "\(row.messageEn)")
        #expect(!Self.hasEnglishPhrase(row.messageJa), "\(row.messageJa)")
        #expect(Self.hasJapanese(row.messageJa), "\(row.messageJa)")
    }

    /// Japanese script (hiragana, katakana, kanji); interpolated values are not the catalogue's.
    static func hasJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
    }

    /// Three English words in a row (an English translation inside the Japanese text); codes and single words
    /// such as `SKU`, `API`, `HTTP 429` and commands in backquotes are fine.
    static func hasEnglishPhrase(_ text: String) -> Bool {
        // A command in backquotes is code, not English prose.
        text.replacing(/`[^`]*`/, with: "").contains(/[A-Za-z]{2,}[ ,:;]+[a-z]{2,}[ ,:;]+[a-z]{2,}/)
    }

    /// Every `messageJa:` / `messageEn:` argument in `Sources/` (the literal on the same or the next line).
    static func catalogue() throws -> [Message] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        guard let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var messages: [Message] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                for label in ["messageJa", "messageEn"] {
                    guard let range = line.range(of: "\(label):") else { continue }
                    // `case .messageEn:` names a column (ReportCSV's headers), not a message argument.
                    if range.lowerBound > line.startIndex, line[line.index(before: range.lowerBound)] == "." {
                        continue
                    }
                    var text = String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces)
                    var next = index + 1
                    while text.isEmpty || text.hasPrefix("+"), next < lines.count, next <= index + 4 {
                        let continued = lines[next].trimmingCharacters(in: .whitespaces)
                        guard continued.hasPrefix("\"") || continued.hasPrefix("+") || text.isEmpty else { break }
                        text += continued
                        next += 1
                    }
                    let literal = Self.literals(text)
                    guard !literal.isEmpty else { continue }
                    messages.append(
                        Message(file: url.lastPathComponent, line: index + 1, label: label, text: literal)
                    )
                }
            }
        }
        return messages
    }

    /// The string-literal parts of an expression, interpolations removed.
    static func literals(_ expression: String) -> String {
        var out = ""
        var inString = false
        var depth = 0
        var previous: Character = " "
        var iterator = Array(expression)
        var index = 0
        while index < iterator.count {
            let character = iterator[index]
            if inString {
                if depth > 0 {
                    if character == "(" { depth += 1 }
                    if character == ")" { depth -= 1 }
                } else if previous == "\\" && character == "(" {
                    depth = 1
                    out.removeLast()
                } else if character == "\"" && previous != "\\" {
                    inString = false
                    out += " "
                } else {
                    out.append(character)
                }
            } else if character == "\"" {
                inString = true
            }
            previous = character
            index += 1
        }
        iterator.removeAll()
        return out.trimmingCharacters(in: .whitespaces)
    }
}
