import Foundation
import Sandbox
import SyncStore
import TestSupport
import Testing

/// Issue #14 §1: a job started without `--store` runs its stores at once on a bounded pool, each in its own run
/// frame; one store's lock still keeps two runs of it apart, and a failing store stops no other.
struct StorePoolCLITests {
    @Test(.timeLimit(.minutes(8)))
    func twoPoolProcessesStartedTogetherNeverRunOneStoreTwiceAtOnce() async throws {
        // Given three stores, each its own shop with its own license key (the sandbox enforces 1 req/s per key),
        // and a new order in each shop
        try await withSandboxServer(SandboxConfiguration(rateLimitsEnabled: true)) { sandbox in
            let base = try await OrdersScenario.make(sandbox)
            let shops = ["main": "sandbox-shop", "s2": "shop-s2", "s3": "shop-s3"]
            try await Self.addStore(base, code: "s2", shop: "shop-s2", shopID: 400_002)
            try await Self.addStore(base, code: "s3", shop: "shop-s3", shopID: 400_003)
            for shop in shops.values.sorted() { _ = try await Self.place(base, shop: shop) }
            let started = Date()

            // When two pool processes over the same stores start at the same instant
            let runs = try await withThrowingTaskGroup(of: ProcessRunner.Result.self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        try await base.job(
                            "rakuten-sync-orders",
                            ["--store-concurrency", "3", "--load-recheck-seconds", "0"]
                        )
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            // Then both finish, no store's runs overlap in time, every store ran, and no order was imported twice
            for run in runs { #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)") }
            let history = RunRepository(database: try SyncDatabase.open(at: base.cli.dataDir + "/rakuten-sync.sqlite"))
            for code in shops.keys.sorted() {
                let mine = try history.list(job: "orders", store: code).filter { $0.startedAt >= started }
                #expect(!mine.isEmpty && mine.allSatisfy { $0.status == .succeeded }, "\(code): \(mine)")
                let intervals = try mine.map { ($0.startedAt, try #require($0.finishedAt)) }
                #expect(!Self.anyOverlap(intervals), "\(code) ran twice at once: \(intervals)")
            }
            let counts = try await base.smaregiOrderCounts()
            #expect(counts.count == 3 && counts.values.allSatisfy { $0 == 1 }, "\(counts)")
        }
    }

    @Test(.timeLimit(.minutes(8)))
    func aFailingStoreStopsNoOtherAndTheOthersRunAtOnceUnderTheSetting() async throws {
        // Given store a-bad registered with a wrong license key (listed first) and three good stores
        try await withSandboxServer(SandboxConfiguration(rateLimitsEnabled: true)) { sandbox in
            let base = try await OrdersScenario.make(sandbox)
            try await Self.addStore(base, code: "s2", shop: "shop-s2", shopID: 400_002)
            try await Self.addStore(base, code: "s3", shop: "shop-s3", shopID: 400_003)
            try await Self.addStore(base, code: "a-bad", shop: "shop-bad", shopID: 400_009, licenseKey: "SL_WRONG")
            let good = ["main": "sandbox-shop", "s2": "shop-s2", "s3": "shop-s3"]
            let order = ["a-bad", "main", "s2", "s3"]

            // When the setting says one store at a time and each good shop has a new order
            try await base.cli(["settings", "set", "store-concurrency", "1"])
            let shown = try await base.cli(["settings", "show"])
            #expect(
                CLIHarness.tableValue(shown.standardOutput, key: "store-concurrency") == "1",
                "\(shown.standardOutput)"
            )
            for shop in good.values.sorted() { _ = try await Self.place(base, shop: shop) }
            var started = Date()
            let oneAtATime = try await base.job("rakuten-sync-orders", ["--load-recheck-seconds", "0"])

            // Then the bad store failed, every other store did its work, one after another
            try Self.expectOutcome(oneAtATime, order: order)
            let serial = try Self.intervals(base, good.keys.sorted(), since: started)
            #expect(!Self.anyOverlap(serial), "store-concurrency 1 overlapped: \(serial)")
            #expect(try await base.smaregiOrderCounts().count == 3)

            // When --store-concurrency 3 overrides the setting, with a new order in each good shop again
            for shop in good.values.sorted() { _ = try await Self.place(base, shop: shop) }
            started = Date()
            let together = try await base.job(
                "rakuten-sync-orders",
                ["--store-concurrency", "3", "--load-recheck-seconds", "0"]
            )

            // Then the bad store's failure stopped no other (s3 waits for a-bad's worker) and the good stores ran
            // at the same time
            try Self.expectOutcome(together, order: order)
            let parallel = try Self.intervals(base, good.keys.sorted(), since: started)
            let latestStart = try #require(parallel.map(\.0).max())
            let earliestEnd = try #require(parallel.map(\.1).min())
            #expect(latestStart < earliestEnd, "store-concurrency 3 did not overlap: \(parallel)")
            let counts = try await base.smaregiOrderCounts()
            #expect(counts.count == 6 && counts.values.allSatisfy { $0 == 1 }, "\(counts)")
            // and the failing store's log lines name it
            let errors = together.standardError.split(separator: "\n").filter { $0.contains(" error rakuten-sync.") }
            #expect(!errors.isEmpty && errors.allSatisfy { $0.contains("store=a-bad") }, "\(errors)")
        }
    }

    @Test func storeConcurrencyOutsideItsRangeIsRefused() async throws {
        // Given an initialised data directory
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        // Then a concurrency of 0 is refused by the option and by the setting, with exit 64
        let option = try cli.run("rakuten-sync-orders", ["--store-concurrency", "0"])
        #expect(option.status == 64, "\(option.standardError)")
        #expect(option.standardError.contains("--store-concurrency"))
        let setting = try cli.run(["settings", "set", "store-concurrency", "100000"])
        #expect(setting.status == 64, "\(setting.standardError)")
    }

    /// Exit 1 (the worst store), one summary line per store in code order, `a-bad` failed and the others succeeded.
    static func expectOutcome(_ run: ProcessRunner.Result, order: [String]) throws {
        #expect(run.status == 1, "\(run.standardOutput)\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").filter { $0.contains("job=orders") }
        #expect(lines.count == order.count, "\(run.standardOutput)")
        for (line, code) in zip(lines, order) {
            #expect(line.contains("[\(code)]"), "\(line)")
            let expected = code == "a-bad" ? "失敗 failed" : "成功 succeeded"
            #expect(line.contains(expected), "\(line)")
        }
    }

    /// The start and end of each store's orders runs that started at or after `since`.
    static func intervals(_ base: OrdersScenario, _ codes: [String], since: Date) throws -> [(Date, Date)] {
        let history = RunRepository(database: try SyncDatabase.open(at: base.cli.dataDir + "/rakuten-sync.sqlite"))
        var result: [(Date, Date)] = []
        for code in codes {
            for run in try history.list(job: "orders", store: code) where run.startedAt >= since {
                result.append((run.startedAt, try #require(run.finishedAt)))
            }
        }
        return result
    }

    /// Whether any two of `intervals` share a moment.
    static func anyOverlap(_ intervals: [(Date, Date)]) -> Bool {
        let sorted = intervals.sorted { $0.0 < $1.0 }
        return zip(sorted, sorted.dropFirst()).contains { earlier, later in later.0 < earlier.1 }
    }

    /// Places the orders scenario's simple order in `shop`; returns its number.
    static func place(_ base: OrdersScenario, shop: String) async throws -> String {
        let reply = try await base.control(
            "POST",
            "/_sandbox/rakuten/shops/\(shop)/orders",
            json: ShippingScenario.simpleOrder
        )
        #expect(reply.status == 201, "\(reply.text)")
        return try reply.decoded(as: RakutenPlacedOrder.self).orderNumber
    }

    /// Adds store `code` to `base`'s data directory like `main`: a new sandbox shop with its own license key and the
    /// scenario's catalogue, the same Smaregi contract, payment mappings and product mappings, 受注取得 on. With
    /// `licenseKey` the store is registered with that key instead of the shop's.
    static func addStore(
        _ base: OrdersScenario,
        code: String,
        shop: String,
        shopID: Int,
        licenseKey: String? = nil
    ) async throws {
        let key = "SL_KEY_\(shopID)"
        let created = try await base.control(
            "POST",
            "/_sandbox/rakuten/shops",
            json: #"{"code":"\#(shop)","shopId":\#(shopID),"serviceSecret":"SP_\#(shopID)","licenseKey":"\#(key)"}"#
        )
        #expect(created.status == 201, "\(created.text)")
        let items = try await base.control(
            "POST",
            "/_sandbox/rakuten/shops/\(shop)/items",
            json: OrdersScenario.catalog
        )
        #expect(items.status == 201, "\(items.text)")
        try await base.cli(["settings", "set", "max-stores", "10"])
        let setup = SandboxStoreSetup(
            code: code,
            name: "Shop \(code)",
            shopURL: "https://www.rakuten.co.jp/\(shop)/",
            serviceSecret: "SP_\(shopID)",
            licenseKey: licenseKey ?? key,
            storeSettings: ["--smaregi-order-store", "3", "--orders", "on"],
            payments: SandboxStoreSetup.scenarioPayments,
            mappings: Array(OrdersScenario.mappings.prefix(2))
        )
        let cli = base.cli
        let baseURL = base.sandbox.baseURL
        try await runBlocking { try cli.addSandboxStore(setup, sandbox: baseURL) }
        guard licenseKey == nil else { return }
        let checked = try await base.job("rakuten-sync-mappings", ["--store", code])
        #expect(checked.status == 0, "\(checked.standardOutput)\(checked.standardError)")
    }
}
