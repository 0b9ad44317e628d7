import Foundation

/// Decodes the bytes of a CSV file written by RMS, Excel or an editor: UTF-8 (with or without BOM) or
/// Shift_JIS/CP932, detected rather than guessed.
///
/// Rules (issue #4):
/// - A UTF-8 BOM means UTF-8; any invalid sequence after it is an error naming its line.
/// - Bytes that are valid UTF-8 throughout are UTF-8 (ASCII-only files included).
/// - Otherwise the file is decoded as CP932 (Windows-31J, what RMS downloads and Japanese Excel write), line by
///   line, so the first undecodable line can be named. Foundation's `.shiftJIS` on Linux (swift-corelibs /
///   ICU) decodes CP932's NEC and IBM extensions (①, ㈱, 髙, ～ as U+FF5E), which `TextEncodingDetectorTests`
///   checks, so no table of our own is needed.
/// - A file in which some lines hold valid non-ASCII UTF-8 and other lines are invalid UTF-8 is damaged or mixed:
///   it is an error naming the first line of the minority kind (a CP932 file with one UTF-8 line 3 names line 3,
///   a UTF-8 file with one pasted CP932 line names that line; on a tie, the first line of either kind), never
///   silently read as CP932 mojibake.
/// - Other encodings are refused, not imported as garbage labelled Shift_JIS (issue #13 §2): a UTF-16 byte order
///   mark or any NUL byte (UTF-16/UTF-32 or a binary file), ISO-2022-JP escapes (`ESC $`), and EUC-JP: bytes that
///   are well-formed EUC-JP throughout, use none of the Shift_JIS lead bytes 0x81–0x9F (other than EUC-JP's own
///   0x8E/0x8F prefixes) and hold at least one EUC-JP kana (first byte 0xA4 hiragana / 0xA5 katakana, which CP932
///   would read as `､`/`･` followed by half-width katakana). A CP932 file of half-width katakana alone is thus still
///   CP932, and an EUC-JP file with no kana at all cannot be told from one (README "Product mappings").
package enum TextEncodingDetector {
    /// The encodings a file can be detected as.
    package enum Encoding: String, Sendable, Equatable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 (BOM)"
        case cp932 = "Shift_JIS (CP932)"
    }

    /// Decoded text and the encoding it was found in.
    package struct Decoded: Sendable, Equatable {
        package var encoding: Encoding
        package var text: String
    }

    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes `data`; throws `SyncCoreError.undecodableText` naming the first bad line.
    package static func decode(_ data: Data) throws(SyncCoreError) -> Decoded {
        let bytes = [UInt8](data)
        try refuseOtherEncodings(bytes)
        if bytes.starts(with: bom) {
            let body = bytes[3...]
            if let text = String(validating: body, as: UTF8.self) {
                return Decoded(encoding: .utf8WithBOM, text: text)
            }
            throw .undecodableText(
                line: firstInvalidUTF8Line(bytes) ?? 1,
                detail: "BOM付きUTF-8として不正なバイト列があります (invalid UTF-8 after a UTF-8 BOM)"
            )
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(encoding: .utf8, text: text)
        }
        let lines = splitLines(bytes)
        var invalidUTF8Lines: [Int] = []
        var utf8NonASCIILines: [Int] = []
        for (index, line) in lines.enumerated() {
            if String(validating: line, as: UTF8.self) == nil {
                invalidUTF8Lines.append(index + 1)
            } else if line.contains(where: { $0 >= 0x80 }) {
                utf8NonASCIILines.append(index + 1)
            }
        }
        if let firstUTF8 = utf8NonASCIILines.first, let firstOther = invalidUTF8Lines.first {
            let line: Int
            if utf8NonASCIILines.count == invalidUTF8Lines.count {
                line = min(firstUTF8, firstOther)
            } else {
                line = utf8NonASCIILines.count < invalidUTF8Lines.count ? firstUTF8 : firstOther
            }
            throw .undecodableText(
                line: line,
                detail: "UTF-8の行 (\(firstUTF8)行目など\(utf8NonASCIILines.count)行) とUTF-8ではない行 (\(firstOther)行目など"
                    + "\(invalidUTF8Lines.count)行) が混在しています。UTF-8かShift_JISで保存し直してください "
                    + "(the file mixes \(utf8NonASCIILines.count) UTF-8 line(s), first line \(firstUTF8), with "
                    + "\(invalidUTF8Lines.count) non-UTF-8 line(s), first line \(firstOther); save it again as UTF-8 or "
                    + "as Shift_JIS)"
            )
        }
        if looksLikeEUCJP(bytes) {
            throw .undecodableText(
                line: invalidUTF8Lines.first ?? 1,
                detail: "EUC-JPのファイルのようです。UTF-8かShift_JISで保存し直してください "
                    + "(the file looks like EUC-JP; save it again as UTF-8 or as Shift_JIS)"
            )
        }
        var decodedLines: [String] = []
        decodedLines.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            guard let text = String(data: Data(line), encoding: .shiftJIS) else {
                throw .undecodableText(
                    line: index + 1,
                    detail: "UTF-8でもShift_JIS(CP932)でもないバイト列です (invalid as UTF-8 and as Shift_JIS/CP932)"
                )
            }
            decodedLines.append(text)
        }
        return Decoded(encoding: .cp932, text: decodedLines.joined(separator: "\n"))
    }

    /// Throws for bytes that are UTF-16/UTF-32, binary or ISO-2022-JP, which would otherwise pass as UTF-8 or CP932.
    private static func refuseOtherEncodings(_ bytes: [UInt8]) throws(SyncCoreError) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .undecodableText(
                line: 1,
                detail: "UTF-16のファイルです。UTF-8かShift_JISで保存し直してください "
                    + "(the file is UTF-16; save it again as UTF-8 or as Shift_JIS)"
            )
        }
        if let nul = bytes.firstIndex(of: 0x00) {
            throw .undecodableText(
                line: lineNumber(bytes, at: nul),
                detail: "NULバイトがあります (UTF-16かテキストではないファイル)。UTF-8かShift_JISで保存し直してください "
                    + "(NUL bytes: UTF-16 or not a text file; save it again as UTF-8 or as Shift_JIS)"
            )
        }
        for index in bytes.indices.dropLast() where bytes[index] == 0x1B && bytes[index + 1] == 0x24 {
            throw .undecodableText(
                line: lineNumber(bytes, at: index),
                detail: "ISO-2022-JP (JIS) のファイルのようです。UTF-8かShift_JISで保存し直してください "
                    + "(the file looks like ISO-2022-JP; save it again as UTF-8 or as Shift_JIS)"
            )
        }
    }

    /// Whether `bytes` read as EUC-JP (see the type's summary): well-formed EUC-JP with at least one kana, and
    /// none of the Shift_JIS-only lead bytes.
    static func looksLikeEUCJP(_ bytes: [UInt8]) -> Bool {
        let eucByte: ClosedRange<UInt8> = 0xA1...0xFE
        var index = 0
        var kana = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            func following(_ count: Int, in range: ClosedRange<UInt8>) -> Bool {
                guard index + count < bytes.count else { return false }
                return (1...count).allSatisfy { range.contains(bytes[index + $0]) }
            }
            switch byte {
            case 0x8E:
                guard following(1, in: 0xA1...0xDF) else { return false }
                index += 2
            case 0x8F:
                guard following(2, in: eucByte) else { return false }
                index += 3
            case eucByte:
                guard following(1, in: eucByte) else { return false }
                if byte == 0xA4 || byte == 0xA5 { kana += 1 }
                index += 2
            default:
                return false
            }
        }
        return kana > 0
    }

    /// The 1-based line of the byte at `offset`.
    private static func lineNumber(_ bytes: [UInt8], at offset: Int) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The bytes split at LF (0x0A never occurs inside a UTF-8 or Shift_JIS multi-byte character), LF dropped.
    private static func splitLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        for (index, line) in splitLines(bytes).enumerated() {
            let body = index == 0 && line.starts(with: bom) ? line.dropFirst(3) : line
            if String(validating: body, as: UTF8.self) == nil { return index + 1 }
        }
        return nil
    }
}
