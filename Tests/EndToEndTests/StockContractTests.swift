import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #12 §1, stock side: what the real services document and the stock job must survive — an upsert answer
/// that is not the documented 204, a quantity capped at 99,999 that Rakuten sells from, and Smaregi's API 401 in
/// either body form — through the real `rakuten-sync-stock` against a live sandbox.
struct StockContractTests {
    @Test(
        .timeLimit(.minutes(1)),
        arguments: [
            #"{\"inventories\":[{\"manageNumber\":"#,
            "<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>",
        ]
    )
    func anUnreadableUpsertAnswerIsNotAnAcceptanceAndTheNextRunPushes(body: String) async throws {
        try await withSandboxServer { sandbox in
            // Given a store in sync, an in-store sale of 3 towels, and RMS answering bulk-upsert with 200 and a body
            // that is not the documented empty 204 (nothing is applied on Rakuten)
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            try await scenario.move("sales", 1001, 3)
            let fault =
                #"{"method":"POST","pathPrefix":"/es/2.0/inventories/bulk-upsert","status":200,"body":"\#(body)","rate":1,"seed":1}"#
            #expect(try await scenario.orders.control("POST", "/_sandbox/faults", json: fault).status == 201)

            // When the stock job runs
            let failed = try await scenario.stock()

            // Then it exits 75, says which call, and the ledger still holds the old quantity
            #expect(failed.status == 75, "\(failed.standardOutput)\(failed.standardError)")
            let report = try ReportFile.of(failed)
            #expect(
                report.contains(code: "REMOTE_UNAVAILABLE", mentioning: "inventories.bulk.upsert"),
                "\(report.text)"
            )
            #expect(try scenario.pushes()["towel/towel"]?.quantity == 10)
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 10)

            // And once RMS answers 204 again, the next run pushes the towel's 7
            #expect(try await scenario.orders.control("DELETE", "/_sandbox/faults").status == 200)
            let next = try await scenario.stock()
            #expect(next.status == 0, "\(next.standardOutput)\(next.standardError)")
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 7)
            #expect(try scenario.pushes()["towel/towel"]?.quantity == 7)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aCappedQuantityRakutenSoldFromIsRestoredByTheNextDeltaRun() async throws {
        try await withSandboxServer { sandbox in
            // Given 120,000 towels in Smaregi, pushed to Rakuten as the 99,999 cap
            let scenario = try await StockScenario.make(sandbox)
            try await scenario.setSmaregiStock(1001, 120_000)
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 99_999)

            // When a shopper buys 15 on Rakuten (99,984) and the orders job imports the order (Smaregi 119,985)
            _ = try await scenario.orders.place(
                #"{"lines":[{"manageNumber":"towel","units":15}],"settlementMethodCode":1}"#
            )
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 99_984)
            #expect(try await scenario.orders.orders().status == 0)
            #expect(try await scenario.smaregiStock(1001) == 119_985)
            let run = try await scenario.stock()

            // Then the next delta run puts Rakuten back at the cap
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 99_999)

            // And a run with nothing changed reads the capped SKU back once and pushes nothing
            let calls = try await scenario.upsertCalls()
            let before = try await scenario.requests()
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.upsertCalls() == calls)
            let after = try await scenario.requests()
            let bulkGets = after.filter { $0.key.contains("bulk-get") }.map { $0.value - (before[$0.key] ?? 0) }
            #expect(bulkGets.reduce(0, +) == 1, "\(after)")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aFailedReadBackOfCappedSKUsStillPushesTheRestAndEndsWith75() async throws {
        try await withSandboxServer { sandbox in
            // Given towels pushed at the cap, an in-store sale of 3 煎茶, and RMS failing every inventory bulk-get
            let scenario = try await StockScenario.make(sandbox)
            try await scenario.setSmaregiStock(1001, 120_000)
            #expect(try await scenario.stock().status == 0)
            try await scenario.move("sales", 1003, 3)
            let fault = #"{"method":"POST","pathPrefix":"/es/2.0/inventories/bulk-get","status":503,"rate":1,"seed":1}"#
            #expect(try await scenario.orders.control("POST", "/_sandbox/faults", json: fault).status == 201)

            // When the stock job runs
            let run = try await scenario.stock()

            // Then the 煎茶 is pushed all the same, and the run ends with 75 naming the read-back
            #expect(run.status == 75, "\(run.standardOutput)\(run.standardError)")
            #expect(try ReportFile.of(run).rows.contains { $0.mentions("inventories.bulk.get") })
            #expect(try await scenario.rakutenQuantity("tea", "tea") == 2)
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 99_999)

            // And once RMS answers again, the next run finishes normally
            #expect(try await scenario.orders.control("DELETE", "/_sandbox/faults").status == 200)
            #expect(try await scenario.stock().status == 0)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aCappedQuantityStillHoldsBackUnitsOfAnOrderNotImportedYet() async throws {
        try await withSandboxServer { sandbox in
            // Given 100,005 towels in Smaregi, pushed as the 99,999 cap
            let scenario = try await StockScenario.make(sandbox)
            try await scenario.setSmaregiStock(1001, 100_005)
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 99_999)

            // When a shopper buys 15 on Rakuten and the stock job runs before the orders job
            _ = try await scenario.orders.place(
                #"{"lines":[{"manageNumber":"towel","units":15}],"settlementMethodCode":1}"#
            )
            let run = try await scenario.stock()

            // Then Rakuten gets Smaregi's 100,005 less the 15 sold, not the cap
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 99_990)
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: ["accessDenied", "aboutBlank"])
    func smaregiRefusingTheAppStopsTheJobWithExit1SayingWhatHappened(form: String) async throws {
        try await withSandboxServer { sandbox in
            // Given a store in sync, and Smaregi's API refusing every token of the contract (the IdP still issues
            // them) with a 401 in the given body form
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            try await scenario.move("sales", 1001, 3)
            let settings = "/_sandbox/smaregi/contracts/sb_sandbox01/settings"
            let deny = #"{"denyAPIAccess":true,"unauthorizedForm":"\#(form)"}"#
            #expect(try await scenario.orders.control("PUT", settings, json: deny).status == 200)

            // When the stock job runs
            let refused = try await scenario.stock()

            // Then it exits 1 with AUTHENTICATION_FAILED saying, in both languages, that the token was refused
            #expect(refused.status == 1, "\(refused.standardOutput)\(refused.standardError)")
            let report = try ReportFile.of(refused)
            #expect(report.contains(code: "AUTHENTICATION_FAILED"), "\(report.text)")
            #expect(report.rows.contains { $0.mentions("スマレジAPIがアクセストークンを拒否しました") }, "\(report.text)")
            #expect(report.rows.contains { $0.mentions("refused a newly issued access token") }, "\(report.text)")
            #expect(!report.text.contains("sandbox-client-secret"))
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 10)

            // And once the app is usable again, the next run pushes
            #expect(try await scenario.orders.control("PUT", settings, json: #"{"denyAPIAccess":false}"#).status == 200)
            let next = try await scenario.stock()
            #expect(next.status == 0, "\(next.standardOutput)\(next.standardError)")
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 7)
        }
    }
}
