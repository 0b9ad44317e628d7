import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #12 §1: searchOrder returns at most 15,000 numbers and says `totalRecordsAmount` 15,000 when more
/// match; the orders job splits such a window until every order is read (a big sale loses none).
struct OrdersSearchCapTests {
    @Test(.timeLimit(.minutes(8)))
    func fifteenThousandFiftyOrdersInOneWindowAreAllRead() async throws {
        try await withSandboxServer { sandbox in
            // Given 15,050 orders of an unmapped item over the last 20 minutes (held, not loaded: the test is
            // about reading them)
            let scenario = try await OrdersScenario.make(sandbox)
            let item = #"{"manageNumber":"flyer","title":"チラシ","price":100,"inventoryManaged":false}"#
            let added = try await scenario.control("POST", "/_sandbox/rakuten/shops/sandbox-shop/items", json: item)
            #expect(added.status == 201, "\(added.text)")
            let from = Date().addingTimeInterval(-1_200)
            // Seven requests of 2,150 (one of 15,050 outlasts the control helper's 30 s timeout on a busy machine)
            for chunk in 0..<7 {
                let chunkFrom = from.addingTimeInterval(Double(chunk) * 157)
                let seeded = try await scenario.control(
                    "POST",
                    "/_sandbox/rakuten/shops/sandbox-shop/orders/bulk",
                    json: """
                        {"count":2150,"from":"\(RMSDateText.orderDatetime(chunkFrom))","spreadSeconds":157,
                         "order":{"lines":[{"manageNumber":"flyer","units":1}]}}
                        """
                )
                #expect(seeded.status == 201, "\(seeded.text)")
            }
            let listed = try await scenario.control("GET", "/_sandbox/rakuten/shops/sandbox-shop/orders")
            let numbers = try listed.decoded(as: RakutenOrderList.self).orderNumbers
            #expect(numbers.count == 15_050)

            // When the orders job runs (client pacing raised: the sandbox's limits are off in this harness)
            let run = try await scenario.job(
                "rakuten-sync-orders",
                ["--store", "main", "--smaregi-writes-per-second", "1000"],
                environment: ["RAKUTEN_SYNC_RMS_PACING_SCALE": "500"]
            )

            // Then every one of the 15,050 order numbers was read and is in the ledger (held: unmapped SKU)
            #expect(run.status == 0, "\(run.standardError.suffix(2_000))")
            let records = try scenario.ledger().records(store: "main", orderNumbers: numbers)
            #expect(records.count == 15_050)
            #expect(records.values.filter { $0.status == .held }.count == 15_050)
            #expect(try !ReportFile.of(run).contains(code: "ORDER_SEARCH_SATURATED"))
        }
    }
}
