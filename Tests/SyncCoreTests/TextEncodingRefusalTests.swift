import Foundation
import TestSupport
import Testing

@testable import SyncCore

/// Files in other encodings are refused with the line concerned, never imported as mojibake (issue #13 §2).
struct TextEncodingRefusalTests {
    /// The line of the `undecodableText` error `data` raises, or nil when it decodes.
    private func refusedLine(_ data: Data) -> Int? {
        refusal(data)?.line
    }

    /// The line and detail of the `undecodableText` error `data` raises, or nil when it decodes.
    private func refusal(_ data: Data) -> (line: Int, detail: String)? {
        do {
            _ = try TextEncodingDetector.decode(data)
            return nil
        } catch {
            guard case SyncCoreError.undecodableText(let line, let detail) = error else { return nil }
            return (line, detail)
        }
    }

    @Test(
        arguments: [
            // EUC-JP ("商品管理番号,スマレジ商品ID\nmug,1\n" as Python's encode("euc_jp") writes it)
            (
                [
                    190, 166, 201, 202, 180, 201, 205, 253, 200, 214, 185, 230, 44, 165, 185, 165, 222, 165, 236, 165,
                    184,
                    190, 166, 201, 202, 73, 68, 10, 109, 117, 103, 44, 49, 10,
                ], 1
            ),
            // EUC-JP with an ASCII header: the first non-ASCII line is named
            (Array("manage_number,variant_id,smaregi_code\nmug,red,".utf8) + [165, 222, 165, 176, 10], 2),
            // UTF-16LE with its BOM, UTF-16BE with its BOM, UTF-16LE without a BOM (NUL bytes)
            ([0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00], 1),
            ([0xFE, 0xFF, 0x00, 0x61, 0x00, 0x2C], 1),
            (Array("a,b\nc".utf8) + [0x00, 0x2C, 0x00], 2),
            // ISO-2022-JP (7-bit, so otherwise valid UTF-8)
            (Array("manage_number,smaregi_code\nmug,".utf8) + [27, 36, 66, 37, 94, 37, 48, 27, 40, 66, 10], 2),
        ] as [([UInt8], Int)]
    )
    func otherEncodingsAreRefusedWithTheirLine(bytes: [UInt8], line: Int) throws {
        let refused = try #require(refusal(Data(bytes)))
        #expect(refused.line == line)
        #expect(
            ["EUC-JP", "UTF-16", "NUL", "ISO-2022-JP"].contains { refused.detail.contains($0) },
            "\(refused.detail)"
        )
    }

    @Test func anEUCJPFileIsNotReadAsShiftJIS() throws {
        let refused = try #require(refusal(try fixture("csv/mappings-eucjp.csv")))
        #expect(refused.line == 1)
        #expect(refused.detail.contains("EUC-JP"))
    }

    @Test(arguments: [
        // A CP932 file (lines 1, 2, 4) with one UTF-8 line 3: line 3 is the odd one out
        ("csv/mappings-cp932-utf8-line3.csv", 3),
        // A UTF-8 file with one pasted Shift_JIS line 3
        ("csv/mappings-mixed.csv", 3),
    ])
    func aMixedFileNamesTheLineThatIsWrong(path: String, line: Int) throws {
        #expect(refusedLine(try fixture(path)) == line)
    }

    /// Half-width katakana pairs can be well-formed EUC-JP too; without an EUC-JP kana they stay CP932.
    @Test(arguments: [
        [0xB1, 0xB2] as [UInt8], [0xBD, 0xCF, 0xDA, 0xBC, 0xDE], Array("code,".utf8) + [0xB1, 0xB2, 0xB3, 0xB4],
    ])
    func halfWidthKatakanaCP932IsStillCP932(bytes: [UInt8]) throws {
        #expect(try TextEncodingDetector.decode(Data(bytes)).encoding == .cp932)
    }
}
