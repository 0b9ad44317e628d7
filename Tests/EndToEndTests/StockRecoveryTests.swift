import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #6: mappings in error, Rakuten rejections, `--full`, SIGKILL mid-push, 429 storms and the race bound,
/// through the real `rakuten-sync-stock` executable against a live sandbox.
struct StockRecoveryTests {
    @Test(.timeLimit(.minutes(1)))
    func mappingInErrorIsSkippedAndReported() async throws {
        try await withSandboxServer { sandbox in
            // Given mug mapped to a Smaregi product that does not exist (the check marks it エラー)
            let scenario = try await StockScenario.make(sandbox)
            try await scenario.orders.cli([
                "mapping", "add", "--store", "main", "--manage-number", "mug", "--variant", "mug", "--smaregi-id",
                "9999",
            ])
            try await scenario.orders.job("rakuten-sync-mappings", ["--store", "main"])

            // When the stock job runs
            let run = try await scenario.stock()

            // Then mug keeps its Rakuten quantity, the others are pushed, and the report names the mapping
            #expect(run.status == 0, "\(run.standardError)")
            #expect(try await scenario.rakutenQuantity("mug", "mug") == 10)
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 10)
            let row = try #require(try ReportFile.of(run).rows(code: "MAPPING_IN_ERROR").first)
            #expect(row.mentions("mug/mug"))
            #expect(row.mentions("9999"))
            #expect(try scenario.pushes()["mug/mug"] == nil)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func oneSKURejectedByRakutenDoesNotBlockItsBatch() async throws {
        try await withSandboxServer { sandbox in
            // Given a 連携済み mapping whose SKU管理番号 RMS refuses (33 characters: IE0004), e.g. a mapping marked
            // good before Rakuten tightened a rule
            let scenario = try await StockScenario.make(sandbox)
            let bad = String(repeating: "x", count: 33)
            // (the CLI refuses such a SKU, so the mapping is written straight into the database)
            let database = try SyncDatabase.open(at: scenario.cli.dataDir + "/rakuten-sync.sqlite")
            let repository = ProductMappingRepository(database: database)
            _ = try repository.add(
                ProductMappingRecord(
                    storeCode: "main",
                    key: .init(manageNumber: "towel", variantId: bad),
                    smaregiProductID: 1001
                ),
                at: Date()
            )
            let mapping = try #require(
                try repository.find(store: "main", key: .init(manageNumber: "towel", variantId: bad))
            )
            try repository.recordChecks(
                [
                    .init(
                        id: try #require(mapping.id),
                        status: .ok,
                        reasonCode: "",
                        reason: "",
                        resolvedProductID: 1001
                    )
                ],
                at: Date()
            )

            // When the stock job pushes the five SKUs in one batch
            let run = try await scenario.stock()

            // Then the four good SKUs are on Rakuten, the bad one is reported and not recorded as pushed
            #expect(run.status == 0, "\(run.standardError)")
            #expect(
                try await scenario.rakutenQuantities() == [
                    "towel/towel": 10, "tea/tea": 5, "tshirt/s-white": 20, "tshirt/m-black": 0,
                ]
            )
            let row = try #require(try ReportFile.of(run).rows(code: "RAKUTEN_REJECTED").first)
            #expect(row.mentions("towel/\(bad)"))
            #expect(row.mentions("IE0004"))
            let pushes = try scenario.pushes()
            #expect(pushes.count == 5)  // the four good SKUs and the legacy shirt S×白 (issue #13 §1)
            #expect(pushes["towel/\(bad)"] == nil)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func fullPushesEveryMappedSKUAgainRepairingHandEdits() async throws {
        try await withSandboxServer { sandbox in
            // Given a store in sync, then towel changed by hand on Rakuten
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            try await scenario.setRakutenQuantity("towel", "towel", 99)
            let calls = try await scenario.upsertCalls()

            // When a normal run finds nothing changed in Smaregi, then a --full run
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.upsertCalls() == calls)
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 99)
            let full = try await scenario.stock(["--full"])

            // Then --full pushed every mapped SKU and Rakuten matches Smaregi again
            #expect(full.status == 0, "\(full.standardError)")
            #expect(try await scenario.upsertCalls() == calls + 1)
            #expect(
                try await scenario.rakutenQuantities() == [
                    "towel/towel": 10, "tea/tea": 5, "tshirt/s-white": 20, "tshirt/m-black": 0,
                ]
            )
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: ["push:accepted:1", "push:before:1", "push:recorded:1"])
    func killedMidPushThenRerunLeavesRakutenRight(_ crashPoint: String) async throws {
        try await withSandboxServer { sandbox in
            // Given a store in sync, then an in-store sale of towels
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            try await scenario.move("sales", 1001, 4)
            let calls = try await scenario.upsertCalls()

            // When the run is killed at the crash point
            let killed = try await scenario.stock(crashAt: crashPoint)
            #expect(killed.killedBySignal)
            let afterKill = try await scenario.upsertCalls()
            let recorded = try scenario.pushes()["towel/towel"]?.quantity

            // And the next run completes
            let rerun = try await scenario.stock()

            // Then Rakuten and the ledger show 6, and the rerun pushed only if the killed run's push was not
            // recorded (at most the same value once more, never a different one)
            #expect(rerun.status == 0, "\(rerun.standardError)")
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 6)
            #expect(try scenario.pushes()["towel/towel"]?.quantity == 6)
            let rerunCalls = try await scenario.upsertCalls() - afterKill
            #expect(rerunCalls == (recorded == 6 ? 0 : 1))
            #expect(afterKill - calls == (crashPoint == "push:before:1" ? 0 : 1))
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func a429StormIsRetriedAndTheNextRunFinishes() async throws {
        try await withSandboxServer { sandbox in
            // Given a store in sync and a sale, and Rakuten answering bulk-upserts with 429 six times in a row
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            try await scenario.move("sales", 1002, 5)
            let rule =
                #"{"method":"POST","pathPrefix":"/es/2.0/inventories/bulk-upsert","status":429,"rate":1,"count":6,"seed":7}"#
            let added = try await scenario.orders.control("POST", "/_sandbox/faults", json: rule)
            #expect(added.status == 201, "\(added.text)")

            // When the job runs until it exits 0 (a run that gives up exits 75, try again later)
            var statuses: [Int32] = []
            for _ in 0..<4 {
                let run = try await scenario.stock()
                statuses.append(run.status)
                if run.status == 0 { break }
            }

            // Then every failed run said "try again" (75), the last one succeeded, and Rakuten is right
            #expect(statuses.last == 0)
            #expect(statuses.dropLast().allSatisfy { $0 == 75 })
            #expect(try await scenario.rakutenQuantity("tshirt", "s-white") == 15)
            #expect(try scenario.pushes()["tshirt/s-white"]?.quantity == 15)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func anOrderRacingThePushIsCorrectedByTheNextRun() async throws {
        try await withSandboxServer { sandbox in
            // Given 煎茶 at 3 everywhere
            let scenario = try await StockScenario.make(sandbox)
            try await scenario.setSmaregiStock(1003, 3)
            #expect(try await scenario.stock().status == 0)
            // When a shopper buys 2 in the instant between a run's last read and its push, that push lands
            // after the order and puts Rakuten back at 3 (reproduced by writing the stale value over it)
            _ = try await scenario.orders.place(
                #"{"lines":[{"manageNumber":"tea","units":2}],"settlementMethodCode":1}"#
            )
            try await scenario.setRakutenQuantity("tea", "tea", 3)
            // And the next stock run comes (the orders job has not imported the order yet)
            let next = try await scenario.stock()

            // Then that run learns the order from Rakuten and lowers 煎茶 to 1
            #expect(next.status == 0, "\(next.standardError)")
            #expect(try await scenario.rakutenQuantity("tea", "tea") == 1)
            #expect(try scenario.pushes()["tea/tea"]?.pending == 2)
            // And once the order is imported the quantity stays 1 (Smaregi 1, nothing pending)
            #expect(try await scenario.orders.orders().status == 0)
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.rakutenQuantity("tea", "tea") == 1)
            #expect(try scenario.pushes()["tea/tea"]?.smaregiStock == 1)
        }
    }
}
