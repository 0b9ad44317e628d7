import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #5: Rakuten failing between getOrder chunks, and Smaregi refusing the app (401, 403), lose nothing and
/// duplicate nothing.
struct OrdersOutageTests {
    @Test(.timeLimit(.minutes(2)), arguments: OrdersCrashTests.duplicateRules)
    func rakutenOutageBetweenGetOrderChunksLoadsWhatWasReadAndTheNextRunTheRest(rejectDuplicates: Bool) async throws {
        try await withSandboxServer { sandbox in
            // Given 150 new orders (two getOrder chunks) and RMS answering 503 to every getOrder after the first
            let scenario = try await OrdersScenario.make(sandbox, rejectDuplicateOrderCodes: rejectDuplicates)
            for sku in ["towel", "tea"] {
                let stocked = try await scenario.control(
                    "PUT",
                    "/_sandbox/rakuten/shops/sandbox-shop/inventory/\(sku)/\(sku)",
                    json: #"{"quantity":500}"#
                )
                #expect(stocked.status == 200, "\(stocked.text)")
            }
            var numbers: [String] = []
            for index in 0..<150 { numbers.append(try await scenario.place(OrdersCrashTests.twoOrders[index % 2])) }
            let outage =
                #"{"method":"POST","pathPrefix":"/es/2.0/order/getOrder","status":503,"rate":1,"after":1,"seed":1}"#
            #expect(try await scenario.control("POST", "/_sandbox/faults", json: outage).status == 201)

            // When the job runs, it loads the first chunk, then stops with 75 (try again)
            // (Smaregi writes unpaced here: the sandbox's rate limits are off, and 150 creates at 4/s take 40 s)
            let failed = try await scenario.orders(["--smaregi-writes-per-second", "100"])
            #expect(failed.status == 75, "\(failed.standardOutput)\(failed.standardError)")
            let afterOutage = try await scenario.smaregiOrderCounts()
            #expect(afterOutage.count == 100)
            #expect(afterOutage.values.allSatisfy { $0 == 1 })

            // And when Rakuten is back, the next run imports the other 50 (the watermark did not move), none twice
            #expect(try await scenario.control("DELETE", "/_sandbox/faults").status == 200)
            let next = try await scenario.orders(["--smaregi-writes-per-second", "100"])
            #expect(next.status == 0, "\(next.standardError)")
            let counts = try await scenario.smaregiOrderCounts()
            #expect(counts.count == 150)
            for number in numbers { #expect(counts[number] == 1, "\(number)") }
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: [401, 403], OrdersCrashTests.duplicateRules)
    func smaregiRefusingTheAppExits1AndTheOrderImportsOnceItIsFixed(status: Int, rejectDuplicates: Bool) async throws {
        try await withSandboxServer { sandbox in
            // Given a new order, and Smaregi refusing the app: a wrong client secret with every token expired
            // (401 invalid_client), or 403 on 受注登録 (the app lost its permission)
            let scenario = try await OrdersScenario.make(sandbox, rejectDuplicateOrderCodes: rejectDuplicates)
            let number = try await scenario.place(OrdersCrashTests.twoOrders[0])
            if status == 401 {
                try await Self.setSmaregiSecret("wrong-secret", scenario)
                let expired = try await scenario.control(
                    "POST",
                    "/_sandbox/smaregi/contracts/sb_sandbox01/tokens/expire"
                )
                #expect(expired.status == 200, "\(expired.text)")
            } else {
                let refusal =
                    #"{"method":"POST","pathPrefix":"/sb_sandbox01/order-shipment/orders","status":403,"rate":1,"seed":1}"#
                #expect(try await scenario.control("POST", "/_sandbox/faults", json: refusal).status == 201)
            }

            // When the job runs, it stops with exit 1 (fix the set-up), naming Smaregi, and creates nothing
            let refused = try await scenario.orders()
            #expect(refused.status == 1, "\(refused.standardOutput)\(refused.standardError)")
            #expect("\(refused.standardOutput)\(refused.standardError)".contains("Smaregi"))
            #expect(try await scenario.smaregiOrderCounts()[number] == nil)
            #expect(!"\(refused.standardOutput)\(refused.standardError)".contains("wrong-secret"))

            // And once the set-up is fixed, the next run imports the order exactly once
            if status == 401 {
                try await Self.setSmaregiSecret("sandbox-client-secret", scenario)
            } else {
                #expect(try await scenario.control("DELETE", "/_sandbox/faults").status == 200)
            }
            let next = try await scenario.orders()
            #expect(next.status == 0, "\(next.standardOutput)\(next.standardError)")
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
            #expect(try scenario.ledger().record(store: "main", orderNumber: number)?.status == .loaded)
        }
    }

    static func setSmaregiSecret(_ secret: String, _ scenario: OrdersScenario) async throws {
        try await scenario.cli(
            [
                "smaregi", "set", "--store", "main", "--contract-id", "sb_sandbox01", "--client-id",
                "sandbox-client-id", "--token-url", scenario.sandbox.baseURL, "--api-url", scenario.sandbox.baseURL,
                "--new-client-secret",
            ],
            stdin: "\(secret)\n"
        )
    }
}
