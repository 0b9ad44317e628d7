import Foundation
import SyncStore
import TestSupport
import Testing

/// Answers that cannot be read (a proxy's error page, a truncated body) from either service: the run stops with
/// 75 (try again), says which call got what, records nothing from it, and the next run does the work exactly once.
struct MalformedResponseTests {
    @Test(.timeLimit(.minutes(1)), arguments: OrdersCrashTests.duplicateRules)
    func aTruncatedGetOrderAnswerLosesNothingAndTheNextRunImportsOnce(rejectDuplicates: Bool) async throws {
        try await withSandboxServer { sandbox in
            // Given a new order and RMS answering getOrder with a truncated JSON body (200)
            let scenario = try await OrdersScenario.make(sandbox, rejectDuplicateOrderCodes: rejectDuplicates)
            let number = try await scenario.place(OrdersCrashTests.twoOrders[0])
            let truncated =
                #"{"method":"POST","pathPrefix":"/es/2.0/order/getOrder","body":"{\"OrderModelList\":[{\"orderNumber\":","rate":1,"seed":1}"#
            #expect(try await scenario.control("POST", "/_sandbox/faults", json: truncated).status == 201)

            // When the job runs
            let failed = try await scenario.orders()

            // Then it exits 75, its report names the call, and neither Smaregi nor the ledger got anything
            #expect(failed.status == 75, "\(failed.standardOutput)\(failed.standardError)")
            let report = try ReportFile.of(failed)
            #expect(report.contains(code: "REMOTE_UNAVAILABLE", mentioning: "getOrder"), "\(report.text)")
            #expect(try await scenario.smaregiOrderCounts()[number] == nil)
            #expect(try scenario.ledger().record(store: "main", orderNumber: number) == nil)

            // And once RMS answers properly again, the next run imports the order exactly once
            #expect(try await scenario.control("DELETE", "/_sandbox/faults").status == 200)
            let next = try await scenario.orders()
            #expect(next.status == 0, "\(next.standardError)")
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: OrdersCrashTests.duplicateRules)
    func anUnreadable受注登録AnswerIsLookedUpBeforeCreatingAgain(rejectDuplicates: Bool) async throws {
        try await withSandboxServer { sandbox in
            // Given a new order and Smaregi answering the first 受注登録 with an HTML page instead of JSON (the 受注
            // may or may not exist: the client cannot tell)
            let scenario = try await OrdersScenario.make(sandbox, rejectDuplicateOrderCodes: rejectDuplicates)
            let number = try await scenario.place(OrdersCrashTests.twoOrders[1])
            let page =
                #"{"method":"POST","pathPrefix":"/sb_sandbox01/order-shipment/orders","body":"<html><body>502 Bad Gateway</body></html>","rate":1,"count":1,"seed":1}"#
            #expect(try await scenario.control("POST", "/_sandbox/faults", json: page).status == 201)

            // When the job runs, it looks the order code up, finds nothing, and does not send the 受注 again in
            // that run (the outcome is unknown): the row stays `loading`
            let run = try await scenario.orders()
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            #expect(try await scenario.smaregiOrderCounts()[number] == nil)
            #expect(try scenario.ledger().record(store: "main", orderNumber: number)?.status == .loading)
            #expect(try ReportFile.of(run).contains(code: "SMAREGI_UNAVAILABLE"))

            // Then the next run, after the recheck delay, looks it up again, creates the 受注 once, and finishes
            let next = try await scenario.orders()
            #expect(next.status == 0, "\(next.standardOutput)\(next.standardError)")
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
            #expect(try scenario.ledger().record(store: "main", orderNumber: number)?.status == .loaded)
            #expect(try await scenario.faults().rules.first?.injected == 1)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aMalformedStockPageLosesNothingAndTheNextRunPushes() async throws {
        try await withSandboxServer { sandbox in
            // Given a store in sync, an in-store sale of 3 towels, and Smaregi answering the stock read with rows whose
            // amount is not a number
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            try await scenario.move("sales", 1001, 3)
            let calls = try await scenario.upsertCalls()
            let garbled =
                #"{"method":"GET","pathPrefix":"/sb_sandbox01/pos/stock","body":"[{\"productId\":\"1001\",\"storeId\":\"2\",\"stockAmount\":\"many\"}]","rate":1,"seed":1}"#
            #expect(try await scenario.orders.control("POST", "/_sandbox/faults", json: garbled).status == 201)

            // When the stock job runs
            let failed = try await scenario.stock()

            // Then it exits 75 and says so in its report, and pushes nothing
            #expect(failed.status == 75, "\(failed.standardOutput)\(failed.standardError)")
            #expect(try ReportFile.of(failed).contains(code: "REMOTE_UNAVAILABLE"))
            #expect(try await scenario.upsertCalls() == calls)
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 10)

            // And once Smaregi answers properly, the next run lowers the towel to 7
            #expect(try await scenario.orders.control("DELETE", "/_sandbox/faults").status == 200)
            let next = try await scenario.stock()
            #expect(next.status == 0, "\(next.standardError)")
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 7)
        }
    }
}
