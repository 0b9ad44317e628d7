import SyncCore
import TestSupport
import Testing

struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("with space", "with space"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("line1\r\nline2", "\"line1\r\nline2\""),
        ("line1\nline2", "\"line1\nline2\""),
        ("cr\ronly", "\"cr\ronly\""),
        ("商品マッピングがありません", "商品マッピングがありません"),
        ("楽天SKU「A-1」, 在庫なし", "\"楽天SKU「A-1」, 在庫なし\""),
    ])
    func fieldIsQuotedOnlyWhenItMustBe(field: String, expected: String) {
        #expect(CSVWriter.escape(field) == expected)
    }

    @Test func recordsEndWithCRLF() {
        var writer = CSVWriter()

        writer.append(record: ["a", "b,c"])
        writer.append(record: ["", "x"])

        #expect(writer.text == "a,\"b,c\"\r\n,x\r\n")
    }

    @Test func fieldsWithLineBreaksRoundTripThroughAParser() {
        let fields = ["1", "multi\r\nline", "quote \" inside", "日本語,カンマ", ""]

        let parsed = ReportFile.records(of: CSVWriter.line(fields))

        #expect(parsed == [fields])
    }
}
