import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #12 §1: a host clock 15 minutes off Rakuten's (the sandbox's Rakuten clock offset at run time, both
/// ways). The search windows follow Rakuten's time (its `Date` header), so an order is neither lost behind the
/// watermark nor left out of the stock job's hold-back, and the run warns once about the clock.
struct ClockSkewTests {
    static func setRakutenClock(_ offset: Double, _ scenario: OrdersScenario) async throws {
        let reply = try await scenario.control(
            "POST",
            "/_sandbox/rakuten/settings",
            json: #"{"clockOffsetSeconds":\#(offset)}"#
        )
        #expect(reply.status == 200, "\(reply.text)")
        #expect(try reply.decoded(as: RakutenSandboxSettings.self).clockOffsetSeconds == offset)
    }

    @Test(.timeLimit(.minutes(2)), arguments: [900.0, -900.0])
    func anOrderPlacedWhileTheHostClockIsOffIsImported(offset: Double) async throws {
        try await withSandboxServer { sandbox in
            // Given Rakuten's clock `offset` seconds off the host's and a first run that set the watermark
            let scenario = try await OrdersScenario.make(sandbox)
            try await Self.setRakutenClock(offset, scenario)
            let first = try await scenario.orders()
            #expect(first.status == 0, "\(first.standardOutput)\(first.standardError)")
            let warned = try ReportFile.of(first)
            #expect(warned.rows(code: "HOST_CLOCK_SKEW").count == 1, "\(warned.text)")

            // When a shopper orders (注文日 in Rakuten's time) and the next run comes
            let number = try await scenario.place(OrdersCrashTests.twoOrders[0])
            // Rakuten's `Date` has whole seconds, so the run's estimate of Rakuten's time can be up to a second
            // low: an order placed in the very last second before a run is found by the next run's overlap. So
            // Rakuten's clock moves 2 s on (the sandbox clock) instead of the test waiting 2 s of real time.
            try await Self.setRakutenClock(offset + 2, scenario)
            let next = try await scenario.orders()

            // Then the order is imported by that run
            #expect(next.status == 0, "\(next.standardOutput)\(next.standardError)")
            #expect(try await scenario.smaregiOrderCounts()[number] == 1, "\(ReportFile.text(of: next))")
        }
    }

    @Test(.timeLimit(.minutes(2)), arguments: [900.0, -900.0])
    func theStockJobHoldsBackAnOrderPlacedWhileTheHostClockIsOff(offset: Double) async throws {
        try await withSandboxServer { sandbox in
            // Given a store in sync (towel 10), Rakuten's clock `offset` s off, and the orders job's watermark
            let scenario = try await StockScenario.make(sandbox)
            #expect(try await scenario.stock().status == 0)
            try await Self.setRakutenClock(offset, scenario.orders)
            #expect(try await scenario.orders.orders().status == 0)

            // When a shopper buys 3 towels on Rakuten (not imported yet), 5 arrive in the warehouse, and the
            // stock job runs
            _ = try await scenario.orders.place(
                #"{"lines":[{"manageNumber":"towel","variantId":"towel","units":3}],"settlementMethodCode":1}"#
            )
            try await scenario.move("receipts", 1001, 5)
            try await Self.setRakutenClock(offset + 2, scenario.orders)  // past the second `Date` may miss (above)
            let run = try await scenario.stock()

            // Then Rakuten shows Smaregi's 15 minus the 3 sold units, and the run warned about the clock
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            #expect(try await scenario.rakutenQuantity("towel", "towel") == 12)
            #expect(try ReportFile.of(run).contains(code: "HOST_CLOCK_SKEW"))
        }
    }
}
