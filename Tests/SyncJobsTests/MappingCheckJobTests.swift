import Foundation
import HTTPTypes
import SyncCore
import SyncJobs
import SyncStore
import TestSupport
import Testing

/// The mapping check job (商品連携チェック) against a live sandbox: statuses, reasons, report rows, mail only on
/// new failures and once on recovery, and an outage that leaves every mapping alone.
struct MappingCheckJobTests {
    static let items = """
        {"items":[
         {"manageNumber":"tea","title":"煎茶","price":1000,"inventory":10},
         {"manageNumber":"mug","title":"マグ","variants":[
           {"variantId":"red","price":2200,"inventory":5,"selectorValues":[{"key":"カラー","value":"赤"}]},
           {"variantId":"Blue","price":2200,"inventory":5,"selectorValues":[{"key":"カラー","value":"青"}]}]},
         {"manageNumber":"shirt","itemNumber":"sh01","price":3000,
          "legacy":{"horizontalName":"サイズ","verticalName":"カラー","horizontal":[{"name":"S","childNumber":"s"}],
                    "vertical":[{"name":"白","childNumber":"w"}],"stock":[{"horizontal":"S","vertical":"白","quantity":4}]}}
        ]}
        """
    /// `price` is given although the sandbox docs call product fields optional: without it the control API answers
    /// 400 「の型が不正です」 (reported to the sandbox owner).
    static let products = """
        [{"productId":"1001","productCode":"4900000000011","productName":"マグカップ","price":1100},
         {"productId":"1002","productCode":"SHIRT-S-W","productName":"シャツ","price":3000},
         {"productId":"1003","productCode":"TEA","productName":"煎茶","price":1000}]
        """
    static let mappingsCSV = """
        商品管理番号,SKU管理番号,横軸,縦軸,スマレジ商品コード,スマレジ商品ID
        mug,red,,,4900000000011,
        tea,tea,,,,1003
        shirt,,S,白,SHIRT-S-W,
        mug,blue,,,,1001
        gone,x,,,,1001
        mug,Blue,,,,9999
        shirt,,M,白,,1002
        mug,red,,,,1003

        """

    static func seed(_ sandbox: SandboxServer) async throws {
        let items = try await sandbox.control(.post, "/_sandbox/rakuten/shops/sandbox-shop/items", json: items)
        #expect(items.status == 201, "\(items.text)")
        let products = try await sandbox.control(
            .post,
            "/_sandbox/smaregi/contracts/sb_sandbox01/products",
            json: products
        )
        #expect(products.status < 300, "\(products.text)")
    }

    @Test(.timeLimit(.minutes(1)))
    func statusesReportRowsAndMailFollowBothSides() async throws {
        try await withSandboxServer { sandbox in
            // Given a catalogue on both sides and mappings, one of them a duplicate row in the file
            try await Self.seed(sandbox)
            let harness = try MappingCheckSandbox(sandbox: sandbox)
            defer { harness.remove() }
            let imported = try harness.importCSV(Self.mappingsCSV)
            #expect(imported.validRows == 7)
            #expect(imported.problems.map(\.line) == [9])

            // When the job runs the first time
            let first = try await runBlocking { harness.runJob() }

            // Then every mapping has its status and reason, and each error is a report row and in the mail
            #expect(first.exitCode == 0)
            var mappings = try harness.mappings()
            #expect(mappings["mug/red"]?.status == .ok)
            #expect(mappings["mug/red"]?.resolvedProductID == 1001)
            #expect(mappings["tea/tea"]?.status == .ok)
            #expect(mappings["shirt 横軸=S 縦軸=白"]?.status == .ok)
            #expect(mappings["shirt 横軸=S 縦軸=白"]?.resolvedProductID == 1002)
            #expect(mappings["mug/blue"]?.reasonCode == "RAKUTEN_SKU_NOT_FOUND")
            #expect(mappings["gone/x"]?.reasonCode == "RAKUTEN_SKU_NOT_FOUND")
            #expect(mappings["mug/Blue"]?.reasonCode == "SMAREGI_PRODUCT_NOT_FOUND")
            #expect(mappings["shirt 横軸=M 縦軸=白"]?.reasonCode == "RAKUTEN_OPTION_NOT_FOUND")
            #expect(mappings.values.allSatisfy { $0.checkedAt != nil })
            let firstRows = try harness.reportRows(first)
            #expect(
                Set(firstRows.map(\.sku)) == ["mug/blue", "gone/x", "mug/Blue", "shirt 横軸=M 縦軸=白"]
            )
            #expect(firstRows.allSatisfy { $0.severity == "error" })
            let firstMail = try #require(try harness.mailBody(first))
            #expect(firstMail.contains("gone/x"))
            #expect(first.counts.processed == 7 && first.counts.succeeded == 3 && first.counts.failed == 4)

            // And the Smaregi products were read in one page, the SKUs in one bulk-get
            let counters = try await sandbox.counters()
            let bulkGets = counters.requestCount(containing: "inventories/bulk-get")
            let productPages = counters.requestCount { $0.hasSuffix("/pos/products") }
            #expect(bulkGets == 1)
            #expect(productPages == 1)

            // When the Rakuten SKU tea/tea is deleted and the Smaregi product 1002 is deleted, and it runs again
            let deleted = try await sandbox.rakuten(.delete, "/es/2.0/inventories/manage-numbers/tea/variants/tea")
            #expect(deleted.status == 204)
            let replaced = try await sandbox.control(
                .post,
                "/_sandbox/smaregi/contracts",
                json:
                    #"{"contractId":"sb_sandbox01","products":\#(Self.products.replacingOccurrences(of: #"{"productId":"1002","productCode":"SHIRT-S-W","productName":"シャツ","price":3000},"#, with: ""))}"#
            )
            #expect(replaced.status < 300, "\(replaced.text)")
            let second = try await runBlocking { harness.runJob() }

            // Then both turn エラー, and only those two new failures are mailed
            mappings = try harness.mappings()
            #expect(mappings["tea/tea"]?.reasonCode == "RAKUTEN_SKU_NOT_FOUND")
            #expect(mappings["shirt 横軸=S 縦軸=白"]?.reasonCode == "SMAREGI_PRODUCT_NOT_FOUND")
            #expect(try harness.reportRows(second).count == 6)
            let secondMail = try #require(try harness.mailBody(second))
            #expect(secondMail.contains("tea/tea") && secondMail.contains("SHIRT-S-W"))
            #expect(!secondMail.contains("gone/x"))

            // When tea is listed again and the job runs
            let relisted = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/items",
                json: #"{"manageNumber":"tea","title":"煎茶","price":1000,"inventory":3}"#
            )
            #expect(relisted.status == 201)
            let third = try await runBlocking { harness.runJob() }

            // Then tea is 連携済み again, with one recovery row that is mailed
            #expect(try harness.mappings()["tea/tea"]?.status == .ok)
            let thirdRows = try harness.reportRows(third)
            #expect(thirdRows.filter { $0.code == "MAPPING_RECOVERED" }.map(\.sku) == ["tea/tea"])
            let thirdMail = try #require(try harness.mailBody(third))
            #expect(thirdMail.contains("tea/tea"))
            #expect(!thirdMail.contains("gone/x"))

            // And a fourth run with nothing new mails nothing and writes no report (issue #11 §4: the standing
            // errors were reported by the third run, within the de-duplication window)
            let fourth = try await runBlocking { harness.runJob() }
            #expect(fourth.mailPath == nil)
            #expect(fourth.reportPath == nil)
            #expect(fourth.errorRows + fourth.warningRows > 0)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aRakutenOutageEndsTheRunWith75AndLeavesMappingsAlone() async throws {
        try await withSandboxServer { sandbox in
            // Given mappings, and RMS answering 503 to everything
            try await Self.seed(sandbox)
            let harness = try MappingCheckSandbox(sandbox: sandbox)
            defer { harness.remove() }
            _ = try harness.importCSV(Self.mappingsCSV)
            let fault = try await sandbox.control(
                .post,
                "/_sandbox/faults",
                json: #"{"pathPrefix":"/es/","status":503,"rate":1.0,"seed":1}"#
            )
            #expect(fault.status == 201)

            // When the job runs
            let summary = try await runBlocking { harness.runJob() }

            // Then the run failed as remote-unavailable (exit 75) and no mapping was marked
            #expect(summary.exitCode == 75)
            guard case .failed(.remoteUnavailable) = summary.outcome else {
                Issue.record("expected remoteUnavailable, got \(summary.outcome)")
                return
            }
            #expect(try harness.mappings().values.allSatisfy { $0.status == .unchecked && $0.checkedAt == nil })
            #expect(try harness.reportRows(summary).map(\.code) == ["REMOTE_UNAVAILABLE"])
        }
    }
}
