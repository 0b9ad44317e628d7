import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #6 scenarios through the real `rakuten-sync-stock` executable against a live sandbox (rate limits off).
struct StockCLITests {
    @Test(.timeLimit(.minutes(1)))
    func firstRunPushesEveryMappedSKUAndAProductWithoutStockRowPushesZero() async throws {
        try await withSandboxServer { sandbox in
            // Given Smaregi stock for three products and none (no row) for Tシャツ黒M, Rakuten at 50/50/20/20
            let scenario = try await StockScenario.make(sandbox)

            // When the stock job runs for the first time
            let run = try await scenario.stock()

            // Then every 連携済み SKU carries the Smaregi stock, 0 for the product without a row
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            let quantities = try await scenario.rakutenQuantities()
            #expect(quantities == ["towel/towel": 10, "tea/tea": 5, "tshirt/s-white": 20, "tshirt/m-black": 0])
            // and the ledger holds exactly what was pushed
            let pushes = try scenario.pushes()
            #expect(
                pushes.mapValues(\.quantity) == [
                    "towel/towel": 10, "tea/tea": 5, "tshirt/s-white": 20, "tshirt/m-black": 0, "shirt/sw": 0,
                ]
            )
            // and a second run with nothing changed pushes nothing
            let calls = try await scenario.upsertCalls()
            let second = try await scenario.stock()
            #expect(second.status == 0)
            #expect(try await scenario.upsertCalls() == calls)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aRunWithNothingChangedMakesAtMostTwoRemoteCallsAndReusesTheStoredToken() async throws {
        try await withSandboxServer { sandbox in
            // Given a store in sync (the first run asked Smaregi's IdP for a token)
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            let before = try await scenario.requests()

            // When the job runs again as a new process with nothing changed
            let idle = try await scenario.stock()

            // Then it made at most two remote calls in all (the stock delta read and the pending-order search), no
            // token request (the token is kept in the database) and no push
            #expect(idle.status == 0, "\(idle.standardError)")
            let after = try await scenario.requests()
            var made: [String: Int] = [:]
            for (route, count) in after where count != before[route] { made[route] = count - (before[route] ?? 0) }
            #expect(made.values.reduce(0, +) <= 2, "\(made)")
            #expect(made.keys.filter { $0.contains("token") }.isEmpty, "\(made)")
            #expect(made.keys.filter { $0.contains("bulk-upsert") }.isEmpty, "\(made)")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func inStoreSaleLowersAndReceiptRaisesRakutenWithinOneRun() async throws {
        try await withSandboxServer { sandbox in
            // Given a store already in sync
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 10)

            // When 3 towels are sold in the shop and the job runs
            try await scenario.move("sales", 1001, 3)
            let afterSale = try await scenario.stock()

            // Then Rakuten shows 7 after that one run
            #expect(afterSale.status == 0, "\(afterSale.standardError)")
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 7)

            // When 12 煎茶 are received and the job runs
            try await scenario.move("receipts", 1003, 12)
            #expect(try await scenario.stock().status == 0)

            // Then Rakuten shows 17, and the towel stays at 7
            #expect(try await scenario.rakutenQuantity("tea", "tea") == 17)
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 7)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func lastUnitSoldOnRakutenBeforeImportIsNotReopened() async throws {
        try await withSandboxServer { sandbox in
            // Given 煎茶 at 1 in Smaregi and on Rakuten
            let scenario = try await StockScenario.make(sandbox)
            try await scenario.setSmaregiStock(1003, 1)
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.rakutenQuantity("tea", "tea") == 1)

            // When a shopper buys the last one on Rakuten (Rakuten goes to 0), the orders job has not run yet,
            // and the Smaregi stock of 煎茶 changes for another reason (so the job plans it)
            _ = try await scenario.orders.place(
                #"{"lines":[{"manageNumber":"tea","units":1}],"settlementMethodCode":1}"#
            )
            #expect(try await scenario.rakutenQuantity("tea", "tea") == 0)
            try await scenario.setSmaregiStock(1003, 1)
            let run = try await scenario.stock()

            // Then the stock job does not put the sold unit back on sale
            #expect(run.status == 0, "\(run.standardError)")
            #expect(try await scenario.rakutenQuantity("tea", "tea") == 0)

            // When the orders job imports the order (Smaregi allocates: stock 0) and the stock job runs again
            #expect(try await scenario.orders.orders().status == 0)
            #expect(try await scenario.smaregiStock(1003) == 0)
            #expect(try await scenario.stock().status == 0)

            // Then Rakuten still shows 0 and the ledger says 0 was pushed from stock 0 with nothing pending
            #expect(try await scenario.rakutenQuantity("tea", "tea") == 0)
            let tea = try #require(try scenario.pushes()["tea/tea"])
            #expect(tea.quantity == 0)
            #expect(tea.pending == 0)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func safetyStockOfTheStoreAndOfOneMappingIsHeldBack() async throws {
        try await withSandboxServer { sandbox in
            // Given a store safety stock of 2 and mug mapped with its own safety stock of 4
            let scenario = try await StockScenario.make(sandbox)
            try await scenario.orders.cli(["store", "set", "main", "--safety-stock", "2"])
            try await scenario.orders.cli(
                [
                    "mapping", "add", "--store", "main", "--manage-number", "mug", "--variant", "mug", "--smaregi-id",
                    "1006", "--safety-stock", "4",
                ]
            )
            try await scenario.orders.job("rakuten-sync-mappings", ["--store", "main"])
            try await scenario.setSmaregiStock(1006, 3)

            // When the stock job runs
            #expect(try await scenario.stock().status == 0)

            // Then each quantity is Smaregi stock minus the safety stock, never below 0
            #expect(
                try await scenario.rakutenQuantities() == [
                    "towel/towel": 8, "tea/tea": 3, "tshirt/s-white": 18, "tshirt/m-black": 0,
                ]
            )
            #expect(try await scenario.rakutenQuantity("mug", "mug") == 0)
        }
    }
}
