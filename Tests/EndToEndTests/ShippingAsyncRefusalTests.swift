import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #12 §1: updateOrderShippingAsync refuses a request with a format error either as HTTP 400 or, as the
/// public transcription of the official page shows, as HTTP 200 with ERROR rows and no requestId. Either way
/// the named order fails with SHIPPING_REJECTED and the rest of the burst is sent and reported.
struct ShippingAsyncRefusalTests {
    @Test(.timeLimit(.minutes(4)), arguments: [400, 200])
    func aFormatErrorFailsOnlyTheNamedOrderAndTheRestAreReported(status: Int) async throws {
        try await withSandboxServer { sandbox in
            // Given 21 shipped orders (a burst: the async path), one with a tracking number over 120 characters,
            // and the sandbox answering format errors with HTTP `status`
            let scenario = try await ShippingScenario.make(sandbox)
            let settings = try await scenario.base.control(
                "POST",
                "/_sandbox/rakuten/settings",
                json: #"{"asyncShippingDelaySeconds":0.2,"asyncShippingFormatErrorStatus":\#(status)}"#
            )
            #expect(settings.status == 200, "\(settings.text)")
            #expect(try settings.decoded(as: RakutenSandboxSettings.self).asyncShippingFormatErrorStatus == status)
            let orders = try await scenario.imported(21, order: try await ShippingBurstTests.addBulkItem(scenario))
            let bad = orders[7]
            for order in orders {
                let tracking = order.id == bad.id ? String(repeating: "9", count: 130) : "R-\(order.id)"
                try await scenario.ship(order.id, tracking: tracking)
            }

            // When the shipping job runs (Rakuten pacing raised)
            let run = try await scenario.base.job(
                "rakuten-sync-shipping",
                ["--store", "main"],
                environment: ["RAKUTEN_SYNC_RMS_PACING_SCALE": "20"]
            )

            // Then the named order failed with SHIPPING_REJECTED, the 20 others are reported, nothing is left
            // `sending`, and a next run sends nothing again
            #expect(run.status != 75, "\(run.standardOutput)\(run.standardError)")
            let report = try ReportFile.of(run)
            #expect(report.contains(code: "SHIPPING_REJECTED", mentioning: bad.number), "\(report.text)")
            let counts = try scenario.ledger().statusCounts(store: "main")
            #expect(counts == [.reported: 20, .failed: 1], "\(counts)")
            #expect(try await scenario.shippingRows(bad.number).isEmpty)
            #expect(try await scenario.shippingRows(orders[0].number).count == 1)
            let requests = try await scenario.requests("POST /es/2.0/order/updateOrderShippingAsync")
            _ = try await scenario.shipping()
            #expect(try await scenario.requests("POST /es/2.0/order/updateOrderShippingAsync") == requests)
        }
    }
}
