import Foundation
import Sandbox
import SyncStore
import TestSupport
import Testing

/// Issue #11 §1: cron starts 受注取得, 在庫更新 and 発送済みステータス in the same second; they share the store's one
/// per-license-key budget (and the contract's Smaregi budget) through `data/budgets/`, so they queue for their
/// slots instead of drawing 429s.
struct SharedBudgetCLITests {
    @Test(.timeLimit(.minutes(6)))
    func jobsStartedAtTheSameInstantDrawNo429() async throws {
        // Given the sandbox with its real limits on both sides (RMS order API 1 req/s per license key, inventory
        // 1 req/s, Smaregi 10 reads / 4 writes per contract), a store with the three jobs on, and one imported order
        try await withSandboxServer(SandboxConfiguration(rateLimitsEnabled: true)) { sandbox in
            let scenario = try await ShippingScenario.make(sandbox)
            let base = scenario.base
            try await base.cli(["store", "set", "main", "--smaregi-stock-store", "2", "--stock", "on"])
            let limits = try await base.control(
                "PUT",
                "\(ShippingScenario.contract)/settings",
                json: #"{"rateLimitEnabled":true}"#
            )
            #expect(limits.status == 200, "\(limits.text)")
            let stock = StockScenario(orders: base)
            for product in [1001, 1003] { try await stock.setSmaregiStock(product, 100) }
            var toShip = try await scenario.imported(1).map(\.number)
            let before = try await Self.rateLimited(base)
            let upsertsBefore = try await stock.upsertCalls()

            // When, three rounds in a row, there is work for each job (a new order, an in-store sale, a shipment)
            // and the three executables start at the same instant
            for round in 0..<3 {
                let placed = try await base.place(ShippingScenario.simpleOrder)
                try await stock.move("sales", 1003, 1)
                let ids = try await Self.smaregiIDs(base)
                for number in toShip {
                    try await scenario.ship(try #require(ids[number]), tracking: "R\(round)-\(number)")
                }
                let runs = try await Self.startTogether(
                    base,
                    ["rakuten-sync-orders", "rakuten-sync-stock", "rakuten-sync-shipping"]
                )
                for (job, run) in runs {
                    #expect(run.status == 0, "round \(round) \(job): \(run.standardOutput)\(run.standardError)")
                    let limited = run.standardError.split(separator: "\n").filter { $0.contains("429") }
                    #expect(!run.standardOutput.contains(/429s=[1-9]/), "round \(round) \(job): \(limited)")
                }
                toShip = [placed]
            }

            // Then the sandbox answered no request with 429, and every job did its work
            #expect(try await Self.rateLimited(base) - before == 0)
            let counts = try await base.smaregiOrderCounts()
            #expect(counts.count == 4 && counts.values.allSatisfy { $0 == 1 }, "\(counts)")
            #expect(try scenario.ledger().statusCounts(store: "main")[.reported] == 3)
            #expect(try await stock.upsertCalls() > upsertsBefore)
            // and the budget folder holds only hashed names
            let files = try FileManager.default.contentsOfDirectory(atPath: base.cli.dataDir + "/budgets")
            #expect(
                !files.isEmpty && files.allSatisfy { $0.hasSuffix(".budget") && !$0.contains("SANDBOX") },
                "\(files)"
            )
        }
    }

    /// The sandbox's 429 count so far (both services).
    static func rateLimited(_ base: OrdersScenario) async throws -> Int {
        try await base.counters().rateLimited
    }

    /// Smaregi 受注ID by Rakuten order number.
    static func smaregiIDs(_ base: OrdersScenario) async throws -> [String: Int] {
        try await base.smaregiState().orderIDsByCode
    }

    /// Starts the job executables for store `main` on their own threads at once and waits for all of them.
    static func startTogether(_ base: OrdersScenario, _ jobs: [String]) async throws -> [(String, ProcessRunner.Result)]
    {
        try await withThrowingTaskGroup(of: (String, ProcessRunner.Result).self) { group in
            for job in jobs {
                group.addTask { (job, try await base.job(job, ["--store", "main"])) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }
}
