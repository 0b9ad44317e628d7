import Foundation
import SyncCore
import TestSupport
import Testing

struct ReportCSVTests {
    private let unmapped = ReportRow(
        severity: .error,
        code: .unmappedSKU,
        rakutenOrderNumber: "123456-20261128-0000000001",
        rakutenSKU: "sku-001",
        messageJa: "楽天SKU「sku-001」に対応するスマレジ商品がありません。",
        messageEn: "Rakuten SKU \"sku-001\" has no Smaregi product mapping.",
        action: "商品連携でSKUを登録してください, then re-run"
    )

    @Test func reportStartsWithAUTF8ByteOrderMark() {
        let data = ReportCSV.render(rows: [unmapped], runID: 7, job: "orders", store: "shop-a")

        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func headerLineIsExact() throws {
        let data = ReportCSV.render(rows: [], runID: 7, job: "orders", store: "shop-a")

        let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        #expect(
            text
                == "実行ID,処理,店舗コード,重要度,コード,楽天注文番号,楽天SKU,スマレジID,内容,内容(英語),対処\r\n"
        )
    }

    @Test func everySeverityIsWrittenInJapanese() throws {
        let rows = ReportRow.Severity.allCases.map {
            ReportRow(severity: $0, code: .runInterrupted, messageJa: "j", messageEn: "e")
        }
        let text = ReportCSV.text(rows: rows, runID: 1, job: "stock", store: "s")
        #expect(ReportFile.records(of: text).dropFirst().map { $0[3] } == ["情報", "警告", "エラー"])
    }

    @Test func oneLinePerRowInOrder() throws {
        let warning = ReportRow(
            severity: .warning,
            code: .licenseExpiring,
            messageJa: "期限切れ間近",
            messageEn: "expiring"
        )

        let data = ReportCSV.render(rows: [unmapped, warning], runID: 42, job: "stock", store: "shop-b")

        let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        let records = ReportFile.records(of: text)
        #expect(records.count == 3)
        #expect(
            records[2] == [
                "42", "stock", "shop-b", "警告", "LICENSE_EXPIRING", "", "", "", "期限切れ間近", "expiring", "",
            ]
        )
    }

    @Test func japaneseMessageRoundTrips() throws {
        // Given a row with Japanese text, a comma and quotes
        let data = ReportCSV.render(rows: [unmapped], runID: 7, job: "orders", store: "shop-a")

        // When the bytes are decoded as UTF-8 (BOM removed) and parsed as RFC 4180 CSV
        let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        let records = ReportFile.records(of: text)

        // Then every field comes back exactly
        #expect(records.first == ReportCSV.header)
        #expect(
            records.dropFirst().first == [
                "7", "orders", "shop-a", "エラー", "UNMAPPED_SKU", "123456-20261128-0000000001", "sku-001", "",
                unmapped.messageJa, unmapped.messageEn, unmapped.action,
            ]
        )
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+81 3 1234", "'+81 3 1234"),
        ("-5 units", "'-5 units"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("sku-001", "sku-001"),
        ("在庫 -1", "在庫 -1"),
        ("", ""),
    ])
    func aFieldThatWouldRunAsAFormulaIsWrittenAsText(field: String, written: String) throws {
        // Given a row whose message and SKU come from outside (e.g. Smaregi's rejection detail)
        let row = ReportRow(
            severity: .error,
            code: .smaregiRejected,
            rakutenSKU: field,
            messageJa: field,
            messageEn: "x"
        )

        // When the report is rendered and parsed back
        let data = ReportCSV.render(rows: [row], runID: 1, job: "orders", store: "shop-a")
        let records = ReportFile.records(of: try #require(String(data: data.dropFirst(3), encoding: .utf8)))

        // Then the field starts with a quote mark only when a spreadsheet would have evaluated it
        #expect(records[1][6] == written)
        #expect(records[1][8] == written)
    }
}
