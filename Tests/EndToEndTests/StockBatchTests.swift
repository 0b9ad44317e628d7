import Foundation
import SyncStore
import TestSupport
import Testing

/// 在庫更新 over several bulk-upserts (1,204 SKUs, two stock pages): the full sync streamed from the stock pages, the
/// pending orders learnt again between batches, and a kill between batches (issue #6).
struct StockBatchTests {
    @Test(.timeLimit(.minutes(2)))
    func aFullSyncOverSeveralPagesAndBatchesPushesEverySKU() async throws {
        try await withSandboxServer { sandbox in
            // Given 1,204 mapped SKUs, Smaregi at 10 for the bulk ones, Rakuten at 5
            let scenario = try await StockBulkScenario.make(sandbox)

            // When the first run (a full sync) runs
            let run = try await scenario.stock.stock()

            // Then every SKU carries its Smaregi stock, in four bulk-upserts
            #expect(run.status == 0, "\(run.standardError)")
            let quantities = try await scenario.rakutenQuantities()
            let bulk = quantities.filter { $0.key.hasPrefix("bulk") }
            #expect(bulk.count == StockBulkScenario.count)
            #expect(bulk.values.allSatisfy { $0 == 10 }, "\(bulk.filter { $0.value != 10 }.prefix(5))")
            #expect(quantities["towel/towel"] == 10 && quantities["tshirt/m-black"] == 0)
            #expect(try await scenario.stock.upsertCalls() == 4)
            #expect(try scenario.stock.pushes().count == StockBulkScenario.count + 5)
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func anOrderPlacedWhileALongPushRunsIsHeldBackFromTheLaterBatches() async throws {
        try await withSandboxServer { sandbox in
            // Given 1,204 mapped SKUs and a full sync that looks at Rakuten's orders again before every batch
            let scenario = try await StockBulkScenario.make(sandbox)
            let last = StockBulkScenario.sku(StockBulkScenario.count - 1)
            let stock = scenario.stock
            // (every bulk-upsert after the first answered 4 s late, so the order below lands between two batches even
            // on a loaded machine: the job looks again right after batch 1 and again after batch 2, 4 s later)
            let slow =
                #"{"method":"POST","pathPrefix":"/es/2.0/inventories/bulk-upsert","latencyMs":4000,"rate":1,"after":1,"seed":1}"#
            #expect(try await scenario.orders.control("POST", "/_sandbox/faults", json: slow).status == 201)
            async let run = stock.stock(["--pending-refresh-seconds", "0"])

            // When, once the first batch is on Rakuten, a shopper buys the SKU of the last stock row (sent in the
            // fourth batch) and the orders job has not run
            let upserts = try await poll(timeout: .seconds(30), every: .milliseconds(20)) {
                try await stock.upsertCalls()
            } until: {
                $0 > 0
            }
            #expect(upserts == 1, "the order must be placed between the first and the later batches")
            _ = try await scenario.orders.place(
                #"{"lines":[{"manageNumber":"\#(last.manageNumber)","variantId":"\#(last.variantId)","units":1}],"settlementMethodCode":1}"#
            )
            let finished = try await run

            // Then the job sent 10 − 1 for that SKU: the sold unit is not put back on sale
            #expect(finished.status == 0, "\(finished.standardError)")
            let key = "\(last.manageNumber)/\(last.variantId)"
            #expect(try await scenario.rakutenQuantities()[key] == 9)
            let record = try stock.pushes()[key]
            #expect(record?.pending == 1, "\(String(describing: record))")

            // And once the order is imported and the job runs again, Rakuten still shows 9
            #expect(try await scenario.orders.control("DELETE", "/_sandbox/faults").status == 200)
            #expect(try await scenario.orders.orders().status == 0)
            #expect(try await stock.stock().status == 0)
            #expect(try await scenario.rakutenQuantities()[key] == 9)
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func killedBetweenBatchesThenRerunPushesOnlyWhatWasNotRecorded() async throws {
        try await withSandboxServer { sandbox in
            // Given 1,204 mapped SKUs and a first run killed after Rakuten accepted batch 2, before it was recorded
            let scenario = try await StockBulkScenario.make(sandbox)
            let killed = try await scenario.stock.stock(crashAt: "push:accepted:2")
            #expect(killed.killedBySignal)
            let recordedByKilledRun = try scenario.stock.pushes()
            #expect(recordedByKilledRun.count == 400)
            let killedRunID = try #require(recordedByKilledRun.values.first?.runID)

            // When the next run completes
            let rerun = try await scenario.stock.stock()

            // Then every SKU is right on Rakuten and in the ledger
            #expect(rerun.status == 0, "\(rerun.standardError)")
            let quantities = try await scenario.rakutenQuantities()
            #expect(quantities.filter { $0.key.hasPrefix("bulk") && $0.value != 10 }.isEmpty)
            let ledger = try scenario.stock.pushes()
            #expect(ledger.count == StockBulkScenario.count + 5)
            for (key, push) in ledger { #expect(quantities[key] == push.quantity, "\(key)") }
            // and the 400 SKUs recorded before the kill were not pushed again (still the killed run's rows); the
            // rerun sent batch 2 again (same values: accepted but unrecorded) and the rest: 805 SKUs, 3 calls
            #expect(ledger.filter { $0.value.runID == killedRunID }.count == 400)
            #expect(try await scenario.stock.upsertCalls() == 2 + 3)
        }
    }
}
