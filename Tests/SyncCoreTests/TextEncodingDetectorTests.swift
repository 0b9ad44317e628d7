import Foundation
import TestSupport
import Testing

@testable import SyncCore

struct TextEncodingDetectorTests {
    @Test func plainUTF8IsUTF8() throws {
        let decoded = try TextEncodingDetector.decode(Data("商品,マグ\n".utf8))
        #expect(decoded == .init(encoding: .utf8, text: "商品,マグ\n"))
    }

    @Test func byteOrderMarkIsRemovedAndReported() throws {
        let decoded = try TextEncodingDetector.decode(Data([0xEF, 0xBB, 0xBF] + Array("a,b".utf8)))
        #expect(decoded == .init(encoding: .utf8WithBOM, text: "a,b"))
    }

    /// Bytes written by Python's `"…".encode("cp932")`: NEC specials (①, ㈱), the CP932 wave dash (～ U+FF5E),
    /// an IBM extension kanji (髙), half-width katakana and ordinary JIS X 0208 text.
    @Test(
        arguments: [
            ([0x87, 0x40], "①"),
            ([0x87, 0x8A], "㈱"),
            ([0x81, 0x60], "～"),
            ([0xFB, 0xFC], "髙"),
            ([0xB1, 0xB2], "ｱｲ"),
            ([0x8F, 0xA4, 0x95, 0x69], "商品"),
            ([0x83, 0x7D, 0x83, 0x4F, 0x2C, 0x31], "マグ,1"),
        ] as [([UInt8], String)]
    )
    func shiftJISIncludingCP932ExtensionsIsDecoded(bytes: [UInt8], expected: String) throws {
        let decoded = try TextEncodingDetector.decode(Data(bytes))
        #expect(decoded.encoding == .cp932)
        #expect(decoded.text == expected)
    }

    @Test func bytesValidInNeitherEncodingNameTheirLine() {
        // Given two good lines and a third with 0xFF, which is neither UTF-8 nor Shift_JIS
        let data = Data(Array("a,b\n".utf8) + [0x83, 0x7D, 0x0A] + [0x41, 0xFF, 0x0A])

        // Then the error names line 3
        #expect {
            try TextEncodingDetector.decode(data)
        } throws: { error in
            guard case SyncCoreError.undecodableText(let line, _) = error else { return false }
            return line == 3
        }
    }

    @Test func brokenUTF8IsNotSilentlyReadAsShiftJIS() throws {
        // Given a file of UTF-8 lines with one line of Shift_JIS bytes pasted in (line 3)
        let data = try fixture("csv/mappings-mixed.csv")

        // Then it is an error naming that line, not mojibake
        #expect {
            try TextEncodingDetector.decode(data)
        } throws: { error in
            guard case SyncCoreError.undecodableText(let line, _) = error else { return false }
            return line == 3
        }
    }

    @Test func invalidBytesAfterABOMAreAnError() {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("a\n".utf8) + [0x83, 0x7D])
        #expect {
            try TextEncodingDetector.decode(data)
        } throws: { error in
            guard case SyncCoreError.undecodableText(let line, _) = error else { return false }
            return line == 2
        }
    }
}
