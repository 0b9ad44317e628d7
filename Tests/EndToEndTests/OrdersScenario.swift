import Foundation
import SyncStore
import TestSupport
import Testing

/// A store configured against a live sandbox through the real `rakuten-sync` CLI, with a catalog on both sides,
/// 連携済み mappings (checked by the real `rakuten-sync-mappings`) and payment mappings, for the orders scenarios.
struct OrdersScenario {
    let cli: CLIHarness
    let sandbox: SandboxServer

    /// Rakuten items: single-SKU items at both rates, a multi-SKU item, a legacy 横軸/縦軸 item, and `mug`, which
    /// has no mapping.
    static let catalog = """
        {"items":[
         {"manageNumber":"towel","title":"タオル","price":1980,"includeTaxFlag":1,"taxRate":0.1,"inventory":50},
         {"manageNumber":"tea","title":"煎茶","price":1296,"includeTaxFlag":1,"taxRate":0.08,"inventory":50},
         {"manageNumber":"tshirt","title":"Tシャツ","includeTaxFlag":1,"taxRate":0.1,
          "variants":[{"variantId":"s-white","price":2980,"inventory":20},{"variantId":"m-black","price":3180,"inventory":20}]},
         {"manageNumber":"shirt","itemNumber":"sh01","title":"シャツ","price":3000,"includeTaxFlag":0,
          "legacy":{"horizontalName":"サイズ","verticalName":"カラー","horizontal":[{"name":"S","childNumber":"s"}],
                    "vertical":[{"name":"白","childNumber":"w"}],"stock":[{"horizontal":"S","vertical":"白","quantity":10}]}},
         {"manageNumber":"mug","title":"マグ","price":1100,"includeTaxFlag":1,"taxRate":0.1,"inventory":10}
        ]}
        """

    static let products = """
        [{"productId":"1001","productCode":"4900000000011","productName":"タオル","price":1980},
         {"productId":"1002","productCode":"4900000000028","productName":"Tシャツ白S","price":2980},
         {"productId":"1003","productCode":"4900000000035","productName":"煎茶","price":1296,"reducedTaxRate":true},
         {"productId":"1004","productCode":"4900000000042","productName":"Tシャツ黒M","price":3180},
         {"productId":"1005","productCode":"4900000000059","productName":"シャツS白","price":3300},
         {"productId":"1006","productCode":"4900000000066","productName":"マグ","price":1100}]
        """

    /// The 連携済み mappings of the scenario's store (`mapping add` options); `mug` stays unmapped.
    static let mappings: [[String]] = [
        ["--manage-number", "towel", "--variant", "towel", "--smaregi-id", "1001"],
        ["--manage-number", "tea", "--variant", "tea", "--smaregi-id", "1003"],
        ["--manage-number", "tshirt", "--variant", "s-white", "--smaregi-id", "1002"],
        ["--manage-number", "tshirt", "--variant", "m-black", "--smaregi-id", "1004"],
        ["--manage-number", "shirt", "--horizontal", "S", "--vertical", "白", "--smaregi-id", "1005"],
    ]

    /// Configures store `main` against `sandbox`. With `rejectDuplicateOrderCodes` false the sandbox's Smaregi
    /// accepts a second 受注 with the same order code (whether the real 受注管理 refuses one is not documented), so an
    /// "exactly one 受注" check holds only by the job's own ledger rules.
    static func make(_ sandbox: SandboxServer, rejectDuplicateOrderCodes: Bool = true) async throws -> OrdersScenario {
        try await expect(
            sandbox.request("POST", "/_sandbox/rakuten/shops/sandbox-shop/items", json: catalog),
            201
        )
        try await expect(
            sandbox.request(
                "PUT",
                "/_sandbox/smaregi/contracts/sb_sandbox01/settings",
                json: #"{"rateLimitEnabled":false,"rejectDuplicateOrderCodes":\#(rejectDuplicateOrderCodes)}"#
            ),
            200
        )
        try await expect(
            sandbox.request("POST", "/_sandbox/smaregi/contracts/sb_sandbox01/products", json: products),
            200
        )
        let cli = try CLIHarness()
        let scenario = OrdersScenario(cli: cli, sandbox: sandbox)
        let setup = SandboxStoreSetup(
            storeSettings: ["--smaregi-order-store", "3", "--orders", "on"],
            payments: SandboxStoreSetup.scenarioPayments,
            mappings: mappings
        )
        let baseURL = sandbox.baseURL
        try await runBlocking {
            try cli.setUp(["init"])
            try cli.addSandboxStore(setup, sandbox: baseURL)
        }
        try await scenario.job("rakuten-sync-mappings", ["--store", "main"])
        return scenario
    }

    /// Runs `rakuten-sync` and expects exit 0.
    @discardableResult
    func cli(_ arguments: [String], stdin: String? = nil) async throws -> ProcessRunner.Result {
        let cli = self.cli
        let result = try await runBlocking { try cli.run(arguments, stdin: stdin) }
        #expect(result.status == 0, "rakuten-sync \(arguments.joined(separator: " ")): \(result.standardError)")
        return result
    }

    /// Runs a job executable; returns its result whatever the exit code.
    @discardableResult
    func job(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) async throws
        -> ProcessRunner.Result
    {
        let cli = self.cli
        return try await runBlocking { try cli.run(executable, arguments, environment: environment) }
    }

    /// Runs `rakuten-sync-orders --store main` plus `arguments`. A 受注登録 of unknown outcome is looked up again by
    /// the very next run (`--load-recheck-seconds 0`: the sandbox applies a request at once or never, unless a
    /// test plays a late one and passes its own delay, which overrides this one).
    @discardableResult
    func orders(_ arguments: [String] = [], crashAt: String? = nil) async throws -> ProcessRunner.Result {
        try await job(
            "rakuten-sync-orders",
            ["--store", "main", "--load-recheck-seconds", "0"] + arguments,
            environment: crashAt.map { ["RAKUTEN_SYNC_CRASH_AT": $0] } ?? [:]
        )
    }

    /// Places an order as a shopper; returns its number.
    func place(_ json: String) async throws -> String {
        let reply = try await control("POST", "/_sandbox/rakuten/shops/sandbox-shop/orders", json: json)
        #expect(reply.status == 201, "\(reply.text)")
        return try reply.decoded(as: RakutenPlacedOrder.self).orderNumber
    }

    /// The state of the sandbox's Smaregi contract (stock, 受注).
    func smaregiState() async throws -> SmaregiContractState {
        try await control("GET", "/_sandbox/smaregi/contracts/sb_sandbox01").decoded(as: SmaregiContractState.self)
    }

    /// Every 受注 in the sandbox's Smaregi, in creation order.
    func smaregiOrders() async throws -> [SmaregiSandboxOrder] {
        try await smaregiState().orders
    }

    /// The sandbox's request counters (`GET /_sandbox/counters`).
    func counters() async throws -> SandboxCounters {
        try await sandbox.counters()
    }

    /// The sandbox's fault rules with what each injected (`GET /_sandbox/faults`).
    func faults() async throws -> SandboxFaultList {
        try await sandbox.faults()
    }

    /// How many 受注 carry each order code.
    func smaregiOrderCounts() async throws -> [String: Int] {
        try await smaregiState().orderCodeCounts
    }

    /// The store's ledger.
    func ledger() throws -> OrderLedger {
        OrderLedger(database: try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite"))
    }

    /// The alert mail a job run printed (`mail=/path`), with its base64 MIME parts decoded; "" when none.
    static func mail(of result: ProcessRunner.Result) -> String {
        let paths = result.standardOutput.split(whereSeparator: { $0 == " " || $0 == "\n" })
            .filter { $0.hasPrefix("mail=") }.map { String($0.dropFirst("mail=".count)) }
        guard let path = paths.first, let data = FileManager.default.contents(atPath: path) else { return "" }
        let raw = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        var text = raw
        var run: [Substring] = []
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
        let lines: [Substring] = raw.split(separator: "\n", omittingEmptySubsequences: false) + [Substring("")]
        for line in lines {
            if !line.isEmpty && line.allSatisfy({ alphabet.contains($0) }) {
                run.append(line)
                continue
            }
            if let decoded = Data(base64Encoded: run.joined()) { text += String(decoding: decoded, as: UTF8.self) }
            run = []
        }
        return text
    }

    static func expect(_ reply: SandboxReply, _ status: Int) throws {
        guard reply.status == status else { throw OrdersScenarioError.unexpected("\(reply.status) \(reply.text)") }
    }

    /// Calls the sandbox's control API (or a Rakuten path with the default shop's ESA header).
    func control(_ method: String, _ path: String, json: String? = nil) async throws -> SandboxReply {
        try await sandbox.request(method, path, json: json)
    }
}

enum OrdersScenarioError: Error {
    case unexpected(String)
}
