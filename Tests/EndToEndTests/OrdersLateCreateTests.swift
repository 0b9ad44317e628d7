import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #12 §2: a 受注登録 that timed out on the client may still be processed by Smaregi later. With duplicate
/// order codes accepted, only the job's rule keeps it to one 受注: no second create in the run that timed out, and
/// none before a lookup made after `--load-recheck-seconds` finds nothing.
struct OrdersLateCreateTests {
    @Test(.timeLimit(.minutes(1)))
    func aTimedOut受注登録ThatSmaregiAppliesLateIsCreatedOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given a new order, duplicate order codes accepted, and Smaregi answering the first 受注登録 only after
            // 6 s but applying it then, while the job waits 1 s per request
            let scenario = try await OrdersScenario.make(sandbox, rejectDuplicateOrderCodes: false)
            let number = try await scenario.place(OrdersCrashTests.twoOrders[0])
            let late =
                #"{"method":"POST","pathPrefix":"/sb_sandbox01/order-shipment/orders","latencyMs":6000,"applyLate":true,"rate":1,"count":1,"seed":1}"#
            #expect(try await scenario.control("POST", "/_sandbox/faults", json: late).status == 201)
            let options = ["--smaregi-timeout-seconds", "1", "--load-recheck-seconds", "12"]

            // When the job runs, the create times out; the order code is not found yet (still in flight)
            let first = try await scenario.orders(options)
            let firstEnded = Date()
            #expect(first.status == 0, "\(first.standardOutput)\(first.standardError)")
            #expect(try ReportFile.of(first).contains(code: "SMAREGI_UNAVAILABLE"))
            #expect(try scenario.ledger().record(store: "main", orderNumber: number)?.status == .loading)

            // And a run straight after it looks the code up, finds nothing (still in flight) and does not create
            let second = try await scenario.orders(options)
            #expect(second.status == 0, "\(second.standardOutput)\(second.standardError)")
            #expect(try ReportFile.of(second).contains(code: "LOAD_UNCONFIRMED"))

            // Then Smaregi applies the first request late: one 受注
            let counts = try await poll(timeout: .seconds(10), every: .milliseconds(250)) {
                try await scenario.smaregiOrderCounts()
            } until: {
                $0[number] != nil
            }
            #expect(counts[number] == 1, "after the late apply: \(counts)")

            // And a run once the recheck delay has passed since the uncertain attempt finds it by order code and creates nothing
            // Real time is the point: the job measures `--load-recheck-seconds` on the host's clock, not the sandbox's.
            let wait = 12.5 - Date().timeIntervalSince(firstEnded)
            if wait > 0 { try await Task.sleep(for: .milliseconds(Int(wait * 1000))) }
            let third = try await scenario.orders(options)
            #expect(third.status == 0, "\(third.standardOutput)\(third.standardError)")
            #expect(try ReportFile.of(third).contains(code: "LOAD_CONFIRMED"))
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
            #expect(try scenario.ledger().record(store: "main", orderNumber: number)?.status == .loaded)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aTimedOut受注登録ThatNeverArrivedIsCreatedAfterTheRecheckDelay() async throws {
        try await withSandboxServer { sandbox in
            // Given a new order, duplicate order codes accepted, and the first 受注登録 hanging until the client
            // gives up, never applied
            let scenario = try await OrdersScenario.make(sandbox, rejectDuplicateOrderCodes: false)
            let number = try await scenario.place(OrdersCrashTests.twoOrders[1])
            let hang =
                #"{"method":"POST","pathPrefix":"/sb_sandbox01/order-shipment/orders","timeout":true,"hangSeconds":5,"rate":1,"count":1,"seed":1}"#
            #expect(try await scenario.control("POST", "/_sandbox/faults", json: hang).status == 201)
            let options = ["--smaregi-timeout-seconds", "1", "--load-recheck-seconds", "5"]

            // When the job runs twice, the second time before the recheck delay has passed, nothing is created
            #expect(try await scenario.orders(options).status == 0)
            #expect(try await scenario.orders(options).status == 0)
            #expect(try await scenario.smaregiOrderCounts()[number] == nil)

            // Then a run after the delay looks the code up, finds nothing and creates the 受注 once (real time: the
            // job measures `--load-recheck-seconds` on the host's clock, not the sandbox's)
            try await Task.sleep(for: .seconds(5))
            let later = try await scenario.orders(options)
            #expect(later.status == 0, "\(later.standardOutput)\(later.standardError)")
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
            #expect(try scenario.ledger().record(store: "main", orderNumber: number)?.status == .loaded)
        }
    }
}
