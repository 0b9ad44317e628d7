import Foundation
import SyncStore
import TestSupport
import Testing

/// The orders scenario's store with 在庫更新 on: stock store `2` (倉庫, which the 受注店舗 `3` allocates from) and
/// Smaregi stock towel (1001) 10, Tシャツ白S (1002) 20, 煎茶 (1003) 5; Tシャツ黒M (1004) has no stock row.
struct StockScenario {
    let orders: OrdersScenario
    var cli: CLIHarness { orders.cli }

    static func make(_ sandbox: SandboxServer) async throws -> StockScenario {
        let orders = try await OrdersScenario.make(sandbox)
        let scenario = StockScenario(orders: orders)
        try await orders.cli(["store", "set", "main", "--smaregi-stock-store", "2", "--stock", "on"])
        for (product, amount) in [(1001, 10), (1002, 20), (1003, 5)] {
            try await scenario.setSmaregiStock(product, amount)
        }
        return scenario
    }

    /// Runs `rakuten-sync-stock --store main` plus `arguments`.
    @discardableResult
    func stock(_ arguments: [String] = [], crashAt: String? = nil) async throws -> ProcessRunner.Result {
        try await orders.job(
            "rakuten-sync-stock",
            ["--store", "main"] + arguments,
            environment: crashAt.map { ["RAKUTEN_SYNC_CRASH_AT": $0] } ?? [:]
        )
    }

    /// Sets the stock of a product in the stock store (control, division 01).
    func setSmaregiStock(_ product: Int, _ amount: Int) async throws {
        let reply = try await orders.control(
            "PUT",
            "/_sandbox/smaregi/contracts/sb_sandbox01/stock",
            json: #"{"storeId":"2","productId":"\#(product)","stockAmount":\#(amount)}"#
        )
        #expect(reply.status == 200, "\(reply.text)")
    }

    /// An in-store sale (`sales`, stock down) or a receipt of goods (`receipts`, stock up) in the stock store.
    func move(_ kind: String, _ product: Int, _ quantity: Int) async throws {
        let reply = try await orders.control(
            "POST",
            "/_sandbox/smaregi/contracts/sb_sandbox01/\(kind)",
            json: #"{"storeId":"2","lines":[{"productId":"\#(product)","quantity":\#(quantity)}]}"#
        )
        #expect((200..<300).contains(reply.status), "\(reply.text)")
    }

    /// The Smaregi stock of a product in the stock store (0 when it has no row).
    func smaregiStock(_ product: Int) async throws -> Int {
        try await orders.smaregiState().stockAmount(store: 2, product: product) ?? 0
    }

    /// Rakuten's quantity of a SKU (nil when RMS has no row).
    func rakutenQuantity(_ manageNumber: String, _ variantId: String) async throws -> Int? {
        let reply = try await orders.control(
            "GET",
            "/_sandbox/rakuten/shops/sandbox-shop/inventory/\(manageNumber)/\(variantId)"
        )
        guard reply.status == 200 else { return nil }
        return try reply.decoded(as: RakutenInventoryRow.self).quantity
    }

    /// Every quantity RMS holds for the shop, by `manageNumber/variantId` (one control call).
    func allRakutenQuantities() async throws -> [String: Int] {
        try await orders.control("GET", "/_sandbox/rakuten/shops/sandbox-shop/inventory")
            .decoded(as: RakutenInventoryList.self).quantities
    }

    /// Sets Rakuten's quantity directly (like an RMS screen).
    func setRakutenQuantity(_ manageNumber: String, _ variantId: String, _ quantity: Int) async throws {
        let reply = try await orders.control(
            "PUT",
            "/_sandbox/rakuten/shops/sandbox-shop/inventory/\(manageNumber)/\(variantId)",
            json: #"{"quantity":\#(quantity)}"#
        )
        #expect(reply.status == 200, "\(reply.text)")
    }

    /// How many inventories.bulk.upsert calls the sandbox answered so far.
    func upsertCalls() async throws -> Int {
        try await orders.counters().requestCount(containing: "bulk-upsert")
    }

    /// Every API request the sandbox answered so far, per `"<METHOD> <route>"` (both services, control calls not
    /// counted).
    func requests() async throws -> [String: Int] {
        try await orders.counters().requests
    }

    /// The push ledger.
    func pushes() throws -> [String: StockPushRecord] {
        let rows = try StockPushLedger(database: try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite"))
            .all(store: "main")
        return Dictionary(uniqueKeysWithValues: rows.map { ("\($0.manageNumber)/\($0.variantId)", $0) })
    }

    /// The four 連携済み SKUs and Rakuten's quantities.
    func rakutenQuantities() async throws -> [String: Int?] {
        var result: [String: Int?] = [:]
        for (manage, variant) in [("towel", "towel"), ("tea", "tea"), ("tshirt", "s-white"), ("tshirt", "m-black")] {
            result["\(manage)/\(variant)"] = try await rakutenQuantity(manage, variant)
        }
        return result
    }
}
