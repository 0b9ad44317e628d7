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
///   it is an error naming the first invalid line, never silently read as CP932 mojibake.
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
        var firstInvalidUTF8: Int?
        var hasUTF8NonASCIILine = false
        for (index, line) in lines.enumerated() {
            if String(validating: line, as: UTF8.self) == nil {
                if firstInvalidUTF8 == nil { firstInvalidUTF8 = index + 1 }
            } else if line.contains(where: { $0 >= 0x80 }) {
                hasUTF8NonASCIILine = true
            }
        }
        if hasUTF8NonASCIILine, let line = firstInvalidUTF8 {
            throw .undecodableText(
                line: line,
                detail: "UTF-8の行と不正なバイト列の行が混在しています (the file mixes UTF-8 lines with invalid bytes; "
                    + "save it again as UTF-8 or as Shift_JIS)"
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
