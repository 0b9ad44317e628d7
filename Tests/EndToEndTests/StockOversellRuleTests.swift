import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #6, the oversell rule, over seeded random interleavings of what happens in a shop: a shopper buying on
/// Rakuten, the orders job, an in-store sale, a receipt of goods, a cancellation on Rakuten (before or after
/// import), and the stock job — all through the real executables and the sandbox.
///
/// After every stock run: no SKU the run raised is above `max(0, Smaregi stock − pending)` (pending = units of
/// Rakuten orders neither cancelled nor in Smaregi 受注管理). After the orders job and the stock job have run
/// again: every SKU shows exactly that.
struct StockOversellRuleTests {
    /// The SKUs of the scenario and their Smaregi products.
    static let skus: [(manageNumber: String, variantId: String, product: Int)] = [
        ("towel", "towel", 1001), ("tshirt", "s-white", 1002), ("tea", "tea", 1003),
    ]

    enum Event: CaseIterable {
        case buyOnRakuten, ordersJob, inStoreSale, receipt, cancelOnRakuten, stockJob
    }

    /// A small deterministic generator (SplitMix64), so a failing seed replays the same events.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// Placed orders: number → (SKU index, units, cancelled).
    typealias Placed = [String: (sku: Int, units: Int, cancelled: Bool)]

    @Test(.timeLimit(.minutes(3)), arguments: [UInt64(1), 2, 10, 11])
    func rakutenShowsSmaregiStockMinusPendingAfterAnyInterleaving(seed: UInt64) async throws {
        try await withSandboxServer { sandbox in
            // Given a store in sync: towel 10, Tシャツ白S 20, 煎茶 5 (no safety stock)
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            var generator = Generator(state: seed)
            var placed: Placed = [:]
            var events: [String] = []

            // When 14 events happen in a seeded order
            let weighted: [Event] = [
                .buyOnRakuten, .buyOnRakuten, .buyOnRakuten, .ordersJob, .ordersJob, .inStoreSale, .inStoreSale,
                .receipt, .cancelOnRakuten, .cancelOnRakuten, .stockJob, .stockJob, .stockJob,
            ]
            for _ in 0..<14 {
                let event = weighted[generator.next(weighted.count)]
                let sku = generator.next(Self.skus.count)
                events.append("\(event)(\(Self.skus[sku].manageNumber))")
                switch event {
                case .buyOnRakuten:
                    let (manage, variant, _) = Self.skus[sku]
                    guard (try await scenario.rakutenQuantity(manage, variant) ?? 0) > 0 else { continue }
                    let number = try await scenario.orders.place(
                        #"{"lines":[{"manageNumber":"\#(manage)","variantId":"\#(variant)","units":1}],"settlementMethodCode":1}"#
                    )
                    placed[number] = (sku, 1, false)
                case .ordersJob:
                    let run = try await scenario.orders.orders()
                    #expect(run.status == 0, "\(events): \(run.standardError)")
                case .inStoreSale:
                    let product = Self.skus[sku].product
                    if try await scenario.smaregiStock(product) > 0 { try await scenario.move("sales", product, 1) }
                case .receipt:
                    try await scenario.move("receipts", Self.skus[sku].product, 2)
                case .cancelOnRakuten:
                    guard let number = placed.filter({ !$0.value.cancelled }).keys.sorted().first else { continue }
                    let reply = try await scenario.orders.control(
                        "POST",
                        "/_sandbox/rakuten/shops/sandbox-shop/orders/\(number)/cancel",
                        json: #"{"inventoryRestoreType":1}"#
                    )
                    #expect(reply.status == 200, "\(reply.text)")
                    placed[number]?.cancelled = true
                case .stockJob:
                    let before = try await Self.rakutenQuantities(scenario)
                    let run = try await scenario.stock()
                    #expect(run.status == 0, "\(events): \(run.standardError)")
                    // Then a quantity the stock job raised is never above what can really be sold
                    let after = try await Self.rakutenQuantities(scenario)
                    let limit = try await Self.expected(scenario, placed: placed)
                    for index in Self.skus.indices where after[index] > before[index] {
                        #expect(after[index] <= limit[index], "seed \(seed) \(events): SKU \(Self.skus[index])")
                    }
                }
            }

            // And once the orders job and the stock job have run again, Rakuten shows exactly
            // max(0, Smaregi stock − pending) for every SKU
            #expect(try await scenario.orders.orders().status == 0)
            #expect(try await scenario.stock().status == 0)
            let final = try await Self.rakutenQuantities(scenario)
            let expected = try await Self.expected(scenario, placed: placed)
            #expect(final == expected, "seed \(seed) \(events)")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aUnitSoldOnRakutenIsHeldBackWhenGoodsAreReceivedBeforeTheOrderIsImported() async throws {
        try await withSandboxServer { sandbox in
            // Given the towel at 10 in sync on both sides
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 10)

            // When a shopper buys 1 on Rakuten (Rakuten 9; the orders job has not imported it), and then 2 towels are
            // received in the Smaregi warehouse (Smaregi 12): Smaregi's figure changed and an order is pending
            _ = try await scenario.orders.place(
                #"{"lines":[{"manageNumber":"towel","units":1}],"settlementMethodCode":1}"#
            )
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 9)
            try await scenario.move("receipts", 1001, 2)
            #expect(try await scenario.smaregiStock(1001) == 12)
            let stock = try await scenario.stock()

            // Then Rakuten gets 12 − 1 = 11: the sold unit is not given back
            #expect(stock.status == 0, "\(stock.standardError)")
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 11)

            // And once the order is imported (its 受注 allocates the unit: Smaregi 11) nothing changes on Rakuten
            #expect(try await scenario.orders.orders().status == 0)
            #expect(try await scenario.smaregiStock(1001) == 11)
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 11)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aCancellationAfterImportIsSetBackToSmaregisFigure() async throws {
        try await withSandboxServer { sandbox in
            // Given Tシャツ白S at 20, bought once on Rakuten, imported, and pushed at 19 (all in sync)
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            let number = try await scenario.orders.place(
                #"{"lines":[{"manageNumber":"tshirt","variantId":"s-white","units":1}],"settlementMethodCode":1}"#
            )
            #expect(try await scenario.orders.orders().status == 0)
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.rakutenQuantity("tshirt", "s-white") == 19)

            // When the shopper's order is cancelled on Rakuten with its stock given back (Rakuten 20), while
            // Smaregi's 受注 still holds the unit (19) until the merchant cancels it there
            let cancelled = try await scenario.orders.control(
                "POST",
                "/_sandbox/rakuten/shops/sandbox-shop/orders/\(number)/cancel",
                json: #"{"inventoryRestoreType":1}"#
            )
            #expect(cancelled.status == 200, "\(cancelled.text)")
            #expect(try await scenario.rakutenQuantity("tshirt", "s-white") == 20)
            let orders = try await scenario.orders.orders()
            let stock = try await scenario.stock()

            // Then the orders job reports the cancellation, and the stock job sets Rakuten back to Smaregi's 19
            #expect(try ReportFile.of(orders).contains(code: "ORDER_CANCELLED_AFTER_IMPORT"))
            #expect(stock.status == 0, "\(stock.standardError)")
            #expect(try await scenario.smaregiStock(1002) == 19)
            #expect(try await scenario.rakutenQuantity("tshirt", "s-white") == 19)
            // and only once: the next run pushes nothing
            let calls = try await scenario.upsertCalls()
            #expect(try await scenario.stock().status == 0)
            #expect(try await scenario.upsertCalls() == calls)
        }
    }

    /// Rakuten's quantity of each SKU, in `skus` order.
    static func rakutenQuantities(_ scenario: StockScenario) async throws -> [Int] {
        let all = try await scenario.allRakutenQuantities()
        return skus.map { all["\($0.manageNumber)/\($0.variantId)"] ?? -1 }
    }

    /// `max(0, Smaregi stock − pending)` per SKU now: pending = units of orders placed on Rakuten that are neither
    /// cancelled nor in Smaregi 受注管理.
    static func expected(_ scenario: StockScenario, placed: Placed) async throws -> [Int] {
        let imported = try await scenario.orders.smaregiOrderCounts()
        var pending = Array(repeating: 0, count: skus.count)
        for (number, order) in placed where !order.cancelled && imported[number] == nil {
            pending[order.sku] += order.units
        }
        var result: [Int] = []
        for (index, sku) in skus.enumerated() {
            result.append(max(0, try await scenario.smaregiStock(sku.product) - pending[index]))
        }
        return result
    }
}
