import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #7: a burst of shipped 受注 goes through updateOrderShippingAsync (≤ 100 orders per request).
struct ShippingBurstTests {
    @Test(.timeLimit(.minutes(3)))
    func threeHundredShippedAtOnceAreAllReportedThroughTheAsyncPath() async throws {
        try await withSandboxServer { sandbox in
            // Given 300 imported orders shipped by the warehouse at once (async results after 0.2 s)
            let scenario = try await ShippingScenario.make(sandbox)
            let settings = try await scenario.base.control(
                "POST",
                "/_sandbox/rakuten/settings",
                json: #"{"asyncShippingDelaySeconds":0.2}"#
            )
            #expect(settings.status == 200, "\(settings.text)")
            let orders = try await scenario.imported(300, order: try await Self.addBulkItem(scenario))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, order) in orders.enumerated() {
                    if index >= 6 { try await group.next() }
                    group.addTask { try await scenario.ship(order.id, tracking: "B-\(order.id)") }
                }
                try await group.waitForAll()
            }
            // When the shipping job runs
            let run = try await scenario.shipping()
            // Then every shipment is reported, in 3 async requests and no synchronous one
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            let counts = try scenario.ledger().statusCounts(store: "main")
            #expect(counts[.reported] == 300, "\(counts)")
            #expect(try await scenario.requests("POST /es/2.0/order/updateOrderShippingAsync") == 3)
            #expect(try await scenario.requests("POST /es/2.0/order/updateOrderShipping/") == 0)
            // and a sample of orders carries its tracking number on Rakuten
            for order in [orders[0], orders[150], orders[299]] {
                let rows = try await scenario.shippingRows(order.number)
                #expect(rows.map { $0["shippingNumber"] as? String } == ["B-\(order.id)"])
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func killedAfterAnAsyncSubmissionIsNotSentTwice() async throws {
        try await withSandboxServer { sandbox in
            // Given 21 shipped orders (a burst) and a run killed right after updateOrderShippingAsync answered
            let scenario = try await ShippingScenario.make(sandbox)
            let settings = try await scenario.base.control(
                "POST",
                "/_sandbox/rakuten/settings",
                json: #"{"asyncShippingDelaySeconds":0.2}"#
            )
            #expect(settings.status == 200, "\(settings.text)")
            let orders = try await scenario.imported(21, order: try await Self.addBulkItem(scenario))
            for order in orders { try await scenario.ship(order.id, tracking: "K-\(order.id)") }
            let killed = try await scenario.shipping(crashAt: "load:after-send-async")
            #expect(killed.killedBySignal, "\(killed.standardOutput)\(killed.standardError)")
            // When the next runs resume, once Rakuten has processed the async request (0.2 s after it arrived)
            _ = try await poll {
                try await scenario.shippingRows(orders[20].number).map { $0["shippingNumber"] as? String }
            } until: {
                !$0.isEmpty
            }
            let next = try await scenario.shipping()
            let after = try await scenario.shipping()
            // Then every shipment is reported from what Rakuten shows, one row each, one async request in all
            #expect(next.status == 0, "\(next.standardOutput)\(next.standardError)")
            #expect(after.status == 0)
            #expect(try scenario.ledger().statusCounts(store: "main") == [.reported: 21])
            #expect(try await scenario.requests("POST /es/2.0/order/updateOrderShipping") == 1)
            for order in [orders[0], orders[20]] {
                #expect(
                    try await scenario.shippingRows(order.number).map { $0["shippingNumber"] as? String } == [
                        "K-\(order.id)"
                    ]
                )
            }
        }
    }

    /// A cheap item with stock for a burst (the scenario's catalogue holds 50 of each), mapped and checked; returns
    /// an order of one unit of it.
    static func addBulkItem(_ scenario: ShippingScenario) async throws -> String {
        let item =
            #"{"items":[{"manageNumber":"sticker","title":"ステッカー","price":100,"includeTaxFlag":1,"taxRate":0.1,"inventory":100000}]}"#
        let added = try await scenario.base.control("POST", "/_sandbox/rakuten/shops/sandbox-shop/items", json: item)
        #expect(added.status == 201, "\(added.text)")
        let product = #"[{"productId":"1007","productCode":"4900000000073","productName":"ステッカー","price":100}]"#
        let created = try await scenario.base.control("POST", "\(ShippingScenario.contract)/products", json: product)
        #expect(created.status == 200, "\(created.text)")
        try await scenario.base.cli(
            [
                "mapping", "add", "--store", "main", "--manage-number", "sticker", "--variant", "sticker",
                "--smaregi-id", "1007",
            ]
        )
        try await scenario.base.job("rakuten-sync-mappings", ["--store", "main"])
        return #"{"lines":[{"manageNumber":"sticker","units":1}]}"#
    }
}
