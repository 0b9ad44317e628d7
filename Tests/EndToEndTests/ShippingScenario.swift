import Foundation
import SyncStore
import TestSupport
import Testing

/// The orders scenario plus what the shipping tests need: imported orders, the sandbox warehouse, and the
/// Rakuten side as getOrder shows it.
struct ShippingScenario {
    let base: OrdersScenario

    static let contract = "/_sandbox/smaregi/contracts/sb_sandbox01"
    static let simpleOrder =
        #"{"lines":[{"manageNumber":"towel","units":2},{"manageNumber":"tea","units":1}],"postagePrice":550}"#

    /// A configured store with 発送済みステータス on.
    static func make(_ sandbox: SandboxServer) async throws -> ShippingScenario {
        let base = try await OrdersScenario.make(sandbox)
        try await base.cli(["store", "set", "main", "--shipping", "on"])
        return ShippingScenario(base: base)
    }

    /// Places `count` orders and imports them with the orders job; returns order number → Smaregi 受注ID.
    func imported(_ count: Int, order: String = simpleOrder) async throws -> [(number: String, id: Int)] {
        var numbers: [String] = []
        for _ in 0..<count { numbers.append(try await base.place(order)) }
        let run = try await base.orders(["--smaregi-writes-per-second", "1000"])
        #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
        let ids = try await base.smaregiState().orderIDsByCode
        return try numbers.map { (number: $0, id: try #require(ids[$0], "\($0) not imported")) }
    }

    /// The warehouse ships 受注 `id`.
    func ship(_ id: Int, carrier: String = "ヤマト運輸", tracking: String, destination: Int? = nil) async throws {
        let destinationPart = destination.map { #","destinationNo":\#($0)"# } ?? ""
        let reply = try await base.control(
            "POST",
            "\(Self.contract)/orders/\(id)/ship",
            json:
                #"{"carrierName":"\#(carrier)","trackingNumber":"\#(tracking)","shipDate":"2026-11-29"\#(destinationPart)}"#
        )
        #expect(reply.status == 200, "\(reply.text)")
    }

    /// Runs `rakuten-sync-shipping --store main` plus `arguments`. A report of unknown outcome is looked for again by
    /// the very next run (`--resend-check-seconds 0`: the sandbox applies a call at once or never, unless a test
    /// plays a late one and passes its own wait, which overrides this one).
    @discardableResult
    func shipping(_ arguments: [String] = [], crashAt: String? = nil) async throws -> ProcessRunner.Result {
        try await base.job(
            "rakuten-sync-shipping",
            ["--store", "main", "--resend-check-seconds", "0"] + arguments,
            environment: crashAt.map { ["RAKUTEN_SYNC_CRASH_AT": $0] } ?? [:]
        )
    }

    /// The Rakuten order as getOrder (version 10) returns it.
    func rakutenOrder(_ number: String) async throws -> [String: Any] {
        let reply = try await base.control(
            "POST",
            "/es/2.0/order/getOrder/",
            json: #"{"orderNumberList":["\#(number)"],"version":10}"#
        )
        return try #require((reply.object["OrderModelList"] as? [[String: Any]])?.first, "\(reply.text)")
    }

    /// Every ShippingModelList row of the order's packages.
    func shippingRows(_ number: String) async throws -> [[String: Any]] {
        let order = try await rakutenOrder(number)
        return ((order["PackageModelList"] as? [[String: Any]]) ?? []).flatMap {
            ($0["ShippingModelList"] as? [[String: Any]]) ?? []
        }
    }

    /// How many requests the sandbox counted for `path` (e.g. `POST /es/2.0/order/updateOrderShipping`).
    func requests(_ path: String) async throws -> Int {
        try await base.counters().requestCount(startingWith: path)
    }

    /// The store's shipment ledger.
    func ledger() throws -> ShipmentLedger {
        ShipmentLedger(database: try SyncDatabase.open(at: base.cli.dataDir + "/rakuten-sync.sqlite"))
    }
}
