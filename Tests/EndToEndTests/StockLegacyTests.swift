import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #13 §1: a legacy 横軸/縦軸 mapping (シャツ S×白 → Smaregi 1005) is resolved to its migrated SKU by the
/// mapping check and has its stock pushed like any SKU.
struct StockLegacyTests {
    @Test(.timeLimit(.minutes(1)))
    func legacyItemGetsItsStockPushedAndALegacyOrderLowersBothSidesOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given the legacy item's Smaregi product at 7, after one mapping check (StockScenario.make runs it)
            let scenario = try await StockScenario.make(sandbox)
            try await scenario.setSmaregiStock(1005, 7)
            let records = try ProductMappingRepository(
                database: try SyncDatabase.open(at: scenario.cli.dataDir + "/rakuten-sync.sqlite")
            ).list(store: "main")
            let legacy = try #require(records.first { $0.key.manageNumber == "shirt" })
            let variant = try #require(legacy.resolvedVariantId)
            // and `mapping list` shows the SKU it resolved to
            let list = try scenario.cli.run(["mapping", "list", "--store", "main"])
            #expect(list.standardOutput.contains(variant), "\(list.standardOutput)")

            // When one stock run runs
            let run = try await scenario.stock()

            // Then Rakuten shows 7 for the legacy item's SKU, and nothing is reported unresolved
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            #expect(try await scenario.rakutenQuantity("shirt", variant) == 7)
            #expect(try !ReportFile.of(run).contains(code: "LEGACY_SKU_UNRESOLVED"))

            // When a shopper orders one S×白, the orders job imports it and the stock job runs again
            _ = try await scenario.orders.place(
                """
                {"lines":[{"manageNumber":"shirt","legacyOptions":{"horizontal":"S","vertical":"白"},"units":1}],
                 "postagePrice":700,"settlementMethodCode":2}
                """
            )
            #expect(try await scenario.rakutenQuantity("shirt", variant) == 6)
            let imported = try await scenario.orders.orders()
            #expect(imported.status == 0, "\(imported.standardError)")
            let again = try await scenario.stock()
            #expect(again.status == 0, "\(again.standardOutput)\(again.standardError)")

            // Then both sides are lowered once: 6 on Smaregi and 6 on Rakuten
            #expect(try await scenario.smaregiStock(1005) == 6)
            #expect(try await scenario.rakutenQuantity("shirt", variant) == 6)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aLegacyMappingWithoutResolvedSKUIsReportedAndNotPushedUntilTheNextCheck() async throws {
        try await withSandboxServer { sandbox in
            // Given the legacy mapping 連携済み but without a resolved SKU (checked before v7-legacy-variant existed)
            let scenario = try await StockScenario.make(sandbox)
            try await scenario.setSmaregiStock(1005, 7)
            let repository = ProductMappingRepository(
                database: try SyncDatabase.open(at: scenario.cli.dataDir + "/rakuten-sync.sqlite")
            )
            let legacy = try #require(try repository.list(store: "main").first { $0.key.manageNumber == "shirt" })
            try repository.recordChecks(
                [
                    .init(
                        id: try #require(legacy.id),
                        status: .ok,
                        reasonCode: "",
                        reason: "",
                        resolvedProductID: 1005
                    )
                ],
                at: Date()
            )

            // When the stock job runs
            let run = try await scenario.stock()

            // Then the mapping is reported with its own code and Rakuten keeps its quantity
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            let report = try ReportFile.of(run)
            #expect(report.contains(code: "LEGACY_SKU_UNRESOLVED", mentioning: "shirt 横軸=S 縦軸=白"), "\(report.text)")
            #expect(try await scenario.rakutenQuantity("shirt", "sw") == 10)

            // When the mapping check runs again, the next stock run pushes 7
            #expect(try await scenario.orders.job("rakuten-sync-mappings", ["--store", "main"]).status == 0)
            let again = try await scenario.stock()
            #expect(try !ReportFile.of(again).contains(code: "LEGACY_SKU_UNRESOLVED"))
            #expect(try await scenario.rakutenQuantity("shirt", "sw") == 7)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aLegacyOrderNotImportedYetIsHeldBackWhenGoodsAreReceived() async throws {
        try await withSandboxServer { sandbox in
            // Given the legacy item in sync at 7
            let scenario = try await StockScenario.make(sandbox)
            try await scenario.setSmaregiStock(1005, 7)
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.rakutenQuantity("shirt", "sw") == 7)

            // When a shopper orders one S×白 (its line names no SKU), 5 arrive in the warehouse before the orders
            // job imports the order, and the stock job runs
            _ = try await scenario.orders.place(
                """
                {"lines":[{"manageNumber":"shirt","legacyOptions":{"horizontal":"S","vertical":"白"},"units":1}],
                 "postagePrice":700,"settlementMethodCode":2}
                """
            )
            try await scenario.move("receipts", 1005, 5)
            let run = try await scenario.stock()

            // Then Rakuten gets Smaregi's 12 minus the unit it already sold, never the sold unit back
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            #expect(try await scenario.rakutenQuantity("shirt", "sw") == 11)
        }
    }
}
