import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #15 §2: whether Smaregi refuses a second 受注 with the same order code, and in which words, is not
/// documented (docs/api-assumptions-smaregi.md [A-SMR-36]), so the orders job never reads the refusal's text: a 受注
/// Smaregi already holds is found by its order code and loaded, whatever the refusal said.
struct DuplicateOrderAnswerTests {
    @Test(.timeLimit(.minutes(2)))
    func anOrderSmaregiAlreadyHoldsIsLoadedWhateverWordsTheRefusalUses() async throws {
        try await withSandboxServer { sandbox in
            // Given an order that one data directory has imported into Smaregi
            let first = try await OrdersScenario.make(sandbox)
            let number = try await first.place(OrdersCrashTests.twoOrders[0])
            #expect(try await first.orders().status == 0)
            #expect(try await first.smaregiOrderCounts()[number] == 1)

            // And a second data directory for the same shop and contract that has never seen it (a restored
            // backup, a store moved between machines), while Smaregi refuses every 受注登録 in words no job knows
            let second = OrdersScenario(cli: try CLIHarness(), sandbox: sandbox)
            let setup = SandboxStoreSetup(
                storeSettings: ["--smaregi-order-store", "3", "--orders", "on"],
                payments: SandboxStoreSetup.scenarioPayments,
                mappings: OrdersScenario.mappings
            )
            let baseURL = sandbox.baseURL
            let cli = second.cli
            try await runBlocking {
                try cli.setUp(["init"])
                try cli.addSandboxStore(setup, sandbox: baseURL)
            }
            try await second.job("rakuten-sync-mappings", ["--store", "main"])
            let refusal = """
                {"method":"POST","pathPrefix":"/sb_sandbox01/order-shipment/orders","status":400,"rate":1,"seed":1,
                 "body":"{\\"type\\":\\"about:blank\\",\\"title\\":\\"Bad Request\\",\\"status\\":400,\\"detail\\":\\"order_code: value taken\\"}"}
                """
            #expect(try await second.control("POST", "/_sandbox/faults", json: refusal).status == 201)

            // When the second directory's job runs
            let run = try await second.orders()

            // Then it was refused, looked the order code up, and recorded the 受注 Smaregi holds: loaded, not held
            // as refused, and still one 受注
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            #expect(try await second.faults().injected == 1)
            let record = try #require(try second.ledger().record(store: "main", orderNumber: number))
            #expect(record.status == .loaded, "\(record.reasonCode): \(record.reason)")
            #expect(record.reasonCode != "SMAREGI_REJECTED")
            #expect(try await second.smaregiOrderCounts()[number] == 1)
        }
    }
}
