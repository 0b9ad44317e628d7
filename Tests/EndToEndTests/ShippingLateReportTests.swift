import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #12 §2: one shipping row per shipment without the sandbox's help. The Rakuten sandbox, like RMS as
/// documented, appends a row for every updateOrderShipping without a shippingDetailId (it refuses no duplicate), so
/// an updateOrderShipping that timed out but was processed late must not be sent again before a later look at
/// getOrder (after `--resend-check-seconds`) still misses it.
struct ShippingLateReportTests {
    @Test(.timeLimit(.minutes(1)))
    func aTimedOutReportThatRakutenAppliesLateIsSentOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given a shipped order, and RMS answering the first updateOrderShipping only after 6 s but applying it
            // then, while the job waits 1 s per request
            let scenario = try await ShippingScenario.make(sandbox)
            let order = try #require(try await scenario.imported(1).first)
            try await scenario.ship(order.id, tracking: "LATE-0001")
            let late =
                #"{"method":"POST","pathPrefix":"/es/2.0/order/updateOrderShipping","latencyMs":6000,"applyLate":true,"rate":1,"count":1,"seed":1}"#
            #expect(try await scenario.base.control("POST", "/_sandbox/faults", json: late).status == 201)
            let options = ["--rakuten-timeout-seconds", "1", "--resend-check-seconds", "12"]

            // When the job runs, the call times out (exit 75) and the row stays `sending`
            let first = try await scenario.shipping(options)
            let firstEnded = Date()
            #expect(first.status == 75, "\(first.standardOutput)\(first.standardError)")
            #expect(try scenario.ledger().list(store: "main").map(\.status) == [.sending])

            // And a run straight after it does not send again although getOrder does not show the row yet
            let second = try await scenario.shipping(options)
            #expect(second.status == 0, "\(second.standardOutput)\(second.standardError)")
            #expect(try scenario.ledger().list(store: "main").map(\.status) == [.sending])

            // Then Rakuten applies the first call late: one row
            let numbers = try await poll(timeout: .seconds(10), every: .milliseconds(250)) {
                try await scenario.shippingRows(order.number).map { $0["shippingNumber"] as? String }
            } until: {
                !$0.isEmpty
            }
            #expect(numbers == ["LATE-0001"])

            // And a run after the wait finds it on Rakuten, records it, and sends nothing
            // Real time is the point: the job measures `--resend-check-seconds` on the host's clock.
            let wait = 12.5 - Date().timeIntervalSince(firstEnded)
            if wait > 0 { try await Task.sleep(for: .milliseconds(Int(wait * 1000))) }
            let third = try await scenario.shipping(options)
            #expect(third.status == 0, "\(third.standardOutput)\(third.standardError)")
            #expect(
                try await scenario.shippingRows(order.number).map { $0["shippingNumber"] as? String } == ["LATE-0001"]
            )
            #expect(try scenario.ledger().list(store: "main").map(\.status) == [.reported])
            #expect(try await scenario.requests("POST /es/2.0/order/updateOrderShipping") == 1)
        }
    }
}
