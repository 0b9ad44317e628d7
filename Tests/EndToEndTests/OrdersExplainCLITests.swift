import Foundation
import SyncStore
import TestSupport
import Testing

/// `orders explain --order` (fetched from Rakuten, read-only) and `orders show` (one ledger entry with its history),
/// issue #13 §4, against a live sandbox.
struct OrdersExplainCLITests {
    @Test(.timeLimit(.minutes(1)))
    func explainReadsTheOrderFromRakutenAndSaysWhenItIsAlreadyImported() async throws {
        try await withSandboxServer { sandbox in
            // Given an order with an unmapped mug, held by the orders job
            let scenario = try await OrdersScenario.make(sandbox)
            let number = try await scenario.place(
                #"{"lines":[{"manageNumber":"towel","units":1},{"manageNumber":"mug","units":1}],"postagePrice":0}"#
            )
            #expect(try await scenario.orders().status == 0)

            // When support explains it by number, it is fetched from Rakuten and held for the mug
            let held = try await scenario.cli(["orders", "explain", "--store", "main", "--order", number])
            #expect(held.standardOutput.contains("== \(number): 取り込めません / cannot import (held)"))
            #expect(held.standardOutput.contains("[エラー] UNMAPPED_SKU [mug/mug]"), "\(held.standardOutput)")
            #expect(held.standardOutput.contains("台帳 / ledger: held"))

            // When the mapping is added and the order imported
            try await scenario.cli([
                "mapping", "add", "--store", "main", "--manage-number", "mug", "--variant", "mug", "--smaregi-id",
                "1006",
            ])
            try await scenario.job("rakuten-sync-mappings", ["--store", "main"])
            #expect(try await scenario.orders().status == 0)
            let record = try #require(try scenario.ledger().record(store: "main", orderNumber: number))
            let id = try #require(record.smaregiOrderID)

            // Then explain says it is imported, with its 受注ID, and never that it would create one
            let loaded = try await scenario.cli(["orders", "explain", "--store", "main", "--order", number])
            #expect(loaded.standardOutput.contains("== \(number): 取込済み / already imported as スマレジ受注ID \(id)"))
            #expect(!loaded.standardOutput.contains("would create"), "\(loaded.standardOutput)")
            #expect(!loaded.standardOutput.contains("取り込めます"))
            #expect(loaded.standardOutput.contains("楽天の現在の内容 / Rakuten's current order: 変換できます"))
            // and the explanation wrote nothing: the ledger row is as the job left it
            #expect(try scenario.ledger().record(store: "main", orderNumber: number) == record)
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)

            // An order Rakuten does not know is said so, exit 1; --order and --file together are 64
            let cli = scenario.cli
            let unknown = try await runBlocking {
                try cli.run(["orders", "explain", "--store", "main", "--order", "999999-20260101-0000000001"])
            }
            #expect(unknown.status == 1)
            #expect(unknown.standardOutput.contains("楽天にありません / not found on Rakuten"))
            let both = try await runBlocking {
                try cli.run(["orders", "explain", "--store", "main", "--order", number, "--file", "x.json"])
            }
            #expect(both.status == 64)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func showGivesOneLedgerEntryWithItsReportHistory() async throws {
        try await withSandboxServer { sandbox in
            // Given an order held once for an unmapped mug, then imported
            let scenario = try await OrdersScenario.make(sandbox)
            let number = try await scenario.place(
                #"{"lines":[{"manageNumber":"mug","units":2}],"postagePrice":0}"#
            )
            #expect(try await scenario.orders().status == 0)
            let heldShow = try await scenario.cli(["orders", "show", "--store", "main", number])
            #expect(CLIHarness.tableValue(heldShow.standardOutput, key: "状態 / status") == "held")
            try await scenario.cli([
                "mapping", "add", "--store", "main", "--manage-number", "mug", "--variant", "mug", "--smaregi-id",
                "1006",
            ])
            try await scenario.job("rakuten-sync-mappings", ["--store", "main"])
            #expect(try await scenario.orders().status == 0)
            let id = try #require(try scenario.ledger().record(store: "main", orderNumber: number)?.smaregiOrderID)

            // When support shows it
            let shown = try await scenario.cli(["orders", "show", "--store", "main", number])
            let output = shown.standardOutput

            // Then the entry, its units and the report row of the held run are there
            #expect(CLIHarness.tableValue(output, key: "状態 / status") == "loaded", "\(output)")
            #expect(CLIHarness.tableValue(output, key: "スマレジ受注ID") == String(id))
            #expect(CLIHarness.tableValue(output, key: "商品 / units") == "mug/mug ×2")
            #expect(CLIHarness.tableValue(output, key: "登録試行 / attempts").map { Int($0) ?? 0 } ?? 0 >= 1)
            #expect(output.contains("[エラー] UNMAPPED_SKU"), "\(output)")
            #expect(output.contains("orders_main_"))
            // An order the job never saw is refused, naming explain
            let cli = scenario.cli
            let unseen = try await runBlocking {
                try cli.run(["orders", "show", "--store", "main", "999999-20260101-0000000001"])
            }
            #expect(unseen.status == 1)
            #expect(unseen.standardError.contains("orders explain --store main --order 999999-20260101-0000000001"))
        }
    }
}
