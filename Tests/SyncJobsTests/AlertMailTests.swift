import Foundation
import SyncCore
import SyncJobs
import Testing

struct AlertMailTests {
    @Test func listsEachProblemWithItsFix() {
        let rows = [
            ReportRow(
                severity: .error,
                code: .unmappedSKU,
                rakutenOrderNumber: "123456-20261128-0000000001",
                rakutenSKU: "shirt/red-m",
                messageJa: "商品連携が未登録です",
                messageEn: "No product mapping for this SKU.",
                action: "mapping add で登録してください"
            ),
            ReportRow(
                severity: .warning,
                code: .licenseExpiring,
                messageJa: "期限まであと3日",
                messageEn: "Expires in 3 days."
            ),
        ]
        let mail = AlertMail(
            rows: rows,
            job: .orders,
            storeName: "テスト店",
            storeCode: "main",
            runID: 42,
            at: Date(timeIntervalSince1970: 1_795_824_000),
            dedupHours: 24,
            reportPath: "/r/orders_main_42.csv"
        )
        #expect(mail.subject == "【rakuten-sync】店舗 main (テスト店) 受注取得: エラー1件・警告1件 (run 42)")
        #expect(mail.body.contains("店舗: テスト店 (店舗コード main)"))
        #expect(mail.body.contains("[エラー] UNMAPPED_SKU  注文番号 123456-20261128-0000000001  SKU shirt/red-m"))
        #expect(mail.body.contains("対処: mapping add で登録してください"))
        #expect(mail.body.contains("24時間以内に再送しません"))
        // The report by its file name only, never the server's path
        #expect(mail.body.contains("orders_main_42.csv (添付)"))
        #expect(!mail.body.contains("/r/"))
        // Each message in its own language block: Japanese first, then English
        let blocks = mail.body.components(separatedBy: "----- English -----")
        #expect(blocks.count == 2)
        #expect(blocks[0].contains("商品連携が未登録です") && !blocks[0].contains("No product mapping"))
        #expect(blocks[1].contains("No product mapping for this SKU.") && !blocks[1].contains("商品連携が未登録です"))
    }

    @Test func longListsPointToTheReport() {
        let rows = (0..<150).map {
            ReportRow(severity: .error, code: .unmappedSKU, rakutenOrderNumber: "\($0)", messageJa: "x", messageEn: "x")
        }
        let mail = AlertMail(
            rows: rows,
            job: .stock,
            storeName: "s",
            storeCode: "s",
            runID: 1,
            at: Date(),
            dedupHours: 24,
            reportPath: nil
        )
        #expect(mail.body.contains("ほか50件"))
        #expect(mail.body.components(separatedBy: "[エラー]").count - 1 == AlertMail.listedRows)
    }

    @Test func outboxEnvelopeReadsItsHeaders() throws {
        let message = Data(
            "From: rakuten-sync <alerts@shop.example>\r\nTo: a@x.example,\r\n b@y.example\r\nSubject: s\r\n\r\nTo: not@header.example\r\n"
                .utf8
        )
        let envelope = try #require(OutboxEnvelope(message: message))
        #expect(envelope.from == "alerts@shop.example")
        #expect(envelope.recipients == ["a@x.example", "b@y.example"])
        #expect(OutboxEnvelope(message: Data("Subject: none\r\n\r\n".utf8)) == nil)
    }
}
