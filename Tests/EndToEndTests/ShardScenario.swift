import Foundation
import SyncStore
import TestSupport
import Testing

/// Stores spread over several Smaregi contracts and hosts (one data directory each), for the sharding tests
/// (issue #14 §3): each store is its own sandbox shop selling one mapped towel, booked into its own contract's
/// 受注管理 (duplicate order codes accepted, so an order imported twice would show).
struct ShardScenario {
    let sandbox: SandboxServer
    /// (store code, contract ID); `shop-a1` and `shop-a2` share a contract.
    static let stores: [(code: String, contract: String)] = [
        ("shop-a1", "sb_shard_a"), ("shop-a2", "sb_shard_a"), ("shop-b", "sb_shard_b"), ("shop-c", "sb_shard_c"),
        ("shop-d", "sb_shard_d"), ("shop-e", "sb_shard_e"), ("shop-f", "sb_shard_f"), ("shop-g", "sb_shard_g"),
    ]

    static var contracts: [String] { Array(Set(stores.map(\.contract))).sorted() }

    /// Creates the shops and contracts in the sandbox and every store in `host` through the real CLI.
    static func make(_ sandbox: SandboxServer, host: CLIHarness) async throws -> ShardScenario {
        let scenario = ShardScenario(sandbox: sandbox)
        for contract in contracts {
            let body = #"""
                {"contractId":"\#(contract)","rateLimitEnabled":false,
                 "products":[{"productId":"1001","productCode":"4900000000011","productName":"タオル","price":1980}]}
                """#
            try OrdersScenario.expect(
                try await scenario.control("POST", "/_sandbox/smaregi/contracts", json: body),
                200
            )
            try OrdersScenario.expect(
                try await scenario.control(
                    "PUT",
                    "/_sandbox/smaregi/contracts/\(contract)/settings",
                    json: #"{"rateLimitEnabled":false,"rejectDuplicateOrderCodes":false}"#
                ),
                200
            )
        }
        try await scenario.cli(host, ["init"])
        try await scenario.cli(host, ["settings", "set", "max-stores", "50"])
        for (index, store) in stores.enumerated() {
            let shop =
                #"{"code":"\#(store.code)","shopId":\#(400_101 + index),"serviceSecret":"SP_\#(index)","licenseKey":"SL_\#(index)"}"#
            try OrdersScenario.expect(try await scenario.control("POST", "/_sandbox/rakuten/shops", json: shop), 201)
            let item =
                #"{"manageNumber":"towel","title":"タオル","price":1980,"includeTaxFlag":1,"taxRate":0.1,"inventory":500}"#
            try OrdersScenario.expect(
                try await scenario.control("POST", "/_sandbox/rakuten/shops/\(store.code)/items", json: item),
                201
            )
            let setup = SandboxStoreSetup(
                code: store.code,
                name: store.code,
                shopURL: "https://www.rakuten.co.jp/\(store.code)/",
                serviceSecret: "SP_\(index)",
                licenseKey: "SL_\(index)",
                contract: store.contract,
                storeSettings: ["--smaregi-order-store", "3", "--orders", "on"],
                payments: [("1", "2")],
                mappings: [["--manage-number", "towel", "--variant", "towel", "--smaregi-id", "1001"]]
            )
            let baseURL = sandbox.baseURL
            try await runBlocking { try host.addSandboxStore(setup, sandbox: baseURL) }
        }
        let check = try await scenario.job(host, "rakuten-sync-mappings", [])
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        return scenario
    }

    /// Places one towel order on every store's shop; returns the order numbers by store.
    func placeOrderEverywhere() async throws -> [String: String] {
        var numbers: [String: String] = [:]
        for store in Self.stores {
            let reply = try await control(
                "POST",
                "/_sandbox/rakuten/shops/\(store.code)/orders",
                json: #"{"lines":[{"manageNumber":"towel","units":1}],"settlementMethodCode":1}"#
            )
            #expect(reply.status == 201, "\(reply.text)")
            numbers[store.code] = try reply.decoded(as: RakutenPlacedOrder.self).orderNumber
        }
        return numbers
    }

    /// How many 受注 of every contract carry each order code.
    func smaregiOrderCounts() async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for contract in Self.contracts {
            let state = try await control("GET", "/_sandbox/smaregi/contracts/\(contract)")
                .decoded(as: SmaregiContractState.self)
            counts.merge(state.orderCodeCounts, uniquingKeysWith: +)
        }
        return counts
    }

    /// The store codes of the summary lines a job printed (`… [code]  job=…`), one entry per line.
    static func storesRun(_ result: ProcessRunner.Result) -> [String] {
        result.standardOutput.split(separator: "\n").compactMap { line in
            guard let open = line.firstIndex(of: "["), let close = line[open...].firstIndex(of: "]") else { return nil }
            return String(line[line.index(after: open)..<close])
        }
    }

    /// The stores `shard plan --shards M` marks 移動 / MOVE, with the shard each goes to.
    static func moves(_ plan: ProcessRunner.Result) -> [(store: String, target: Int)] {
        plan.standardOutput.split(separator: "\n").compactMap { line in
            guard line.contains("MOVE → shard ") else { return nil }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "|" })
            guard let code = fields.first, let target = fields.last.flatMap({ Int($0) }) else { return nil }
            return (String(code), target)
        }
    }

    /// Loaded ledger rows of `store` in `host`'s database.
    static func loadedOrders(_ host: CLIHarness, _ store: String) throws -> [String] {
        try OrderLedger(database: try SyncDatabase.open(at: host.dataDir + "/rakuten-sync.sqlite"))
            .loadedOrderNumbers(store: store)
    }

    @discardableResult
    func cli(_ host: CLIHarness, _ arguments: [String], stdin: String? = nil) async throws -> ProcessRunner.Result {
        let result = try await runBlocking { try host.run(arguments, stdin: stdin) }
        #expect(result.status == 0, "rakuten-sync \(arguments.joined(separator: " ")): \(result.standardError)")
        return result
    }

    func job(_ host: CLIHarness, _ executable: String, _ arguments: [String], environment: [String: String] = [:])
        async throws -> ProcessRunner.Result
    {
        try await runBlocking { try host.run(executable, arguments, environment: environment) }
    }

    func control(_ method: String, _ path: String, json: String? = nil) async throws -> SandboxReply {
        try await sandbox.request(method, path, json: json)
    }
}
