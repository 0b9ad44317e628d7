import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #5 scenarios 4 and 5: SIGKILL at each stage, and fault storms, never lose or duplicate a 受注. Each runs
/// with the sandbox refusing a duplicate order code and accepting one (issue #12 §2): "exactly one 受注" must hold
/// by the ledger's `loading` lookup and `loaded` guard, not by Smaregi refusing the second create.
struct OrdersCrashTests {
    /// `rejectDuplicateOrderCodes` of the sandbox's contract: refusing (the default), then accepting.
    static let duplicateRules = [true, false]

    static let twoOrders = [
        #"{"lines":[{"manageNumber":"towel","units":1}],"postagePrice":550}"#,
        #"{"lines":[{"manageNumber":"tea","units":2}],"settlementMethodCode":2}"#,
    ]

    @Test(
        .timeLimit(.minutes(1)),
        arguments: [
            "extract:done", "transform:done", "load:before-create:", "load:after-create:", "load:between-orders",
        ],
        duplicateRules
    )
    func killedRunIsFinishedByTheNextWithEachOrderOnce(crashPoint: String, rejectDuplicates: Bool) async throws {
        try await withSandboxServer { sandbox in
            // Given two new orders
            let scenario = try await OrdersScenario.make(sandbox, rejectDuplicateOrderCodes: rejectDuplicates)
            var numbers: [String] = []
            for order in Self.twoOrders { numbers.append(try await scenario.place(order)) }
            // When a run is killed at the crash point
            let killed = try await scenario.orders(crashAt: crashPoint)
            #expect(killed.killedBySignal, "\(crashPoint): \(killed.standardOutput)")
            // Then the next run finishes the work: each order imported exactly once
            let next = try await scenario.orders()
            #expect(next.status == 0, "\(next.standardOutput)\(next.standardError)")
            let counts = try await scenario.smaregiOrderCounts()
            for number in numbers { #expect(counts[number] == 1, "\(crashPoint) \(number) reject=\(rejectDuplicates)") }
            if crashPoint == "load:after-create:" {
                // the 受注 created just before the kill is found by order code, not created again
                #expect(try ReportFile.of(next).contains(code: "LOAD_CONFIRMED"))
            }
            let ledger = try scenario.ledger()
            for number in numbers { #expect(try ledger.record(store: "main", orderNumber: number)?.status == .loaded) }
            // And a run after that creates nothing more (the `loaded` guard)
            let again = try await scenario.orders()
            #expect(again.status == 0, "\(again.standardError)")
            #expect(try await scenario.smaregiOrderCounts() == counts)
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: duplicateRules)
    func faultStormsImportEveryOrderOnce(rejectDuplicates: Bool) async throws {
        try await withSandboxServer { sandbox in
            // Given four orders, Smaregi 503/429/500 storms, dropped connections and Rakuten hangs (fixed seeds)
            let scenario = try await OrdersScenario.make(sandbox, rejectDuplicateOrderCodes: rejectDuplicates)
            var numbers: [String] = []
            for index in 0..<4 { numbers.append(try await scenario.place(Self.twoOrders[index % 2])) }
            let rules = """
                {"rules":[
                 {"method":"POST","pathPrefix":"/sb_sandbox01/order-shipment/orders","status":503,"rate":0.5,"count":3,"seed":42},
                 {"method":"POST","pathPrefix":"/sb_sandbox01/order-shipment/orders","status":429,"rate":0.5,"count":3,"seed":7},
                 {"method":"POST","pathPrefix":"/sb_sandbox01/order-shipment/orders","drop":true,"rate":0.3,"count":2,"seed":11},
                 {"method":"GET","pathPrefix":"/sb_sandbox01/order-shipment/","status":500,"rate":0.3,"count":2,"seed":9},
                 {"pathPrefix":"/es/2.0/order/","timeout":true,"hangSeconds":1,"rate":0.3,"count":2,"seed":5}
                ]}
                """
            #expect(try await scenario.control("POST", "/_sandbox/faults", json: rules).status == 201)
            // When cron runs the job until nothing is left (each run may end 75 while a storm lasts)
            var statuses: [Int32] = []
            for _ in 0..<8 {
                let run = try await scenario.orders()
                statuses.append(run.status)
                let loaded = try scenario.ledger().orderNumbers(store: "main", statuses: [.loaded])
                if Set(numbers).isSubset(of: Set(loaded)) { break }
            }
            // Then every order is imported exactly once
            let counts = try await scenario.smaregiOrderCounts()
            for number in numbers { #expect(counts[number] == 1, "\(number): runs \(statuses)") }
            #expect(statuses.allSatisfy { $0 == 0 || $0 == 75 })
            #expect(try await scenario.faults().injected > 0)
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: duplicateRules)
    func rakutenOutageExits75AndTheNextRunCatchesUp(rejectDuplicates: Bool) async throws {
        try await withSandboxServer { sandbox in
            // Given a new order and an RMS order API answering 503 to every getOrder
            let scenario = try await OrdersScenario.make(sandbox, rejectDuplicateOrderCodes: rejectDuplicates)
            let number = try await scenario.place(Self.twoOrders[0])
            let outage = #"{"method":"POST","pathPrefix":"/es/2.0/order/getOrder","status":503,"rate":1,"seed":1}"#
            #expect(try await scenario.control("POST", "/_sandbox/faults", json: outage).status == 201)
            // When the job runs, it fails with 75 and records nothing it did not do
            let failed = try await scenario.orders()
            #expect(failed.status == 75, "\(failed.standardOutput)\(failed.standardError)")
            #expect(try ReportFile.of(failed).contains(code: "REMOTE_UNAVAILABLE"))
            #expect(try scenario.ledger().record(store: "main", orderNumber: number) == nil)
            #expect(try await scenario.smaregiOrderCounts()[number] == nil)
            // When Rakuten is back, the next run imports the order (the watermark did not move past it)
            #expect(try await scenario.control("DELETE", "/_sandbox/faults").status == 200)
            let next = try await scenario.orders()
            #expect(next.status == 0, "\(next.standardError)")
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
            let again = try await scenario.orders()
            #expect(again.status == 0, "\(again.standardError)")
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
        }
    }
}
