import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #7 scenarios through the real `rakuten-sync-shipping` executable against a live sandbox.
struct ShippingCLITests {
    @Test(.timeLimit(.minutes(1)))
    func shipped受注BecomesShippedOnRakutenWithTrackingNumberAndCarrierOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given an imported order the warehouse ships with ヤマト運輸
            let scenario = try await ShippingScenario.make(sandbox)
            let order = try #require(try await scenario.imported(1).first)
            try await scenario.ship(order.id, tracking: "1234-5678-9012")
            // When the shipping job runs twice
            let first = try await scenario.shipping()
            let second = try await scenario.shipping()
            // Then the Rakuten order is 500 with one shipping row: the tracking number and 1001
            #expect(first.status == 0, "\(first.standardOutput)\(first.standardError)")
            #expect(second.status == 0, "\(second.standardError)")
            let rakuten = try await scenario.rakutenOrder(order.number)
            #expect(OrdersCLITests.int(rakuten["orderProgress"]) == 500)
            let rows = try await scenario.shippingRows(order.number)
            #expect(rows.count == 1)
            #expect(rows.first?["shippingNumber"] as? String == "1234-5678-9012")
            #expect(rows.first?["deliveryCompany"] as? String == "1001")
            #expect(rows.first?["shippingDate"] as? String == "2026-11-29")
            // and the ledger holds Rakuten's shippingDetailId
            let record = try #require(try scenario.ledger().list(store: "main").first)
            #expect(record.status == .reported)
            #expect(record.shippingDetailId == OrdersCLITests.int(rows.first?["shippingDetailId"]).map(Int64.init))
            #expect(try await scenario.requests("POST /es/2.0/order/updateOrderShipping") == 1)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func split受注GetsTheManualRowAndNoRakutenCall() async throws {
        try await withSandboxServer { sandbox in
            // Given an imported order split in Smaregi, then shipped
            let scenario = try await ShippingScenario.make(sandbox)
            let order = try #require(try await scenario.imported(1).first)
            let split = try await scenario.base.control(
                "POST",
                "\(ShippingScenario.contract)/orders/\(order.id)/split",
                json: #"{"lines":[{"destinationNo":1,"detailNo":1,"quantity":1}]}"#
            )
            #expect(split.status == 200, "\(split.text)")
            try await scenario.ship(order.id, tracking: "5555-0000-1111")
            // When the shipping job runs
            let run = try await scenario.shipping()
            // Then the report has the manual row and Rakuten was not asked to update anything
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            let report = try ReportFile.of(run)
            #expect(report.contains(code: "SPLIT_ORDER_MANUAL"))
            #expect(report.rows.contains { $0.mentions("受注分割のため手動で発送完了報告してください") })
            #expect(try await scenario.requests("POST /es/2.0/order/updateOrderShipping") == 0)
            #expect(try scenario.ledger().list(store: "main").map(\.status) == [.manual])
            #expect(try await scenario.shippingRows(order.number).isEmpty)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func unknownCarrierIsSentAsOtherWithAWarning() async throws {
        try await withSandboxServer { sandbox in
            // Given an imported order shipped with a carrier no table knows
            let scenario = try await ShippingScenario.make(sandbox)
            let order = try #require(try await scenario.imported(1).first)
            try await scenario.ship(order.id, carrier: "ハト急便", tracking: "HT-0001")
            // When the shipping job runs
            let run = try await scenario.shipping()
            // Then Rakuten has 1000 その他 and the report warns
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            #expect(try ReportFile.of(run).contains(code: "UNKNOWN_CARRIER"))
            let rows = try await scenario.shippingRows(order.number)
            #expect(rows.map { $0["deliveryCompany"] as? String } == ["1000"])
            #expect(rows.map { $0["shippingNumber"] as? String } == ["HT-0001"])
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func merchantCarrierNameIsUsed() async throws {
        try await withSandboxServer { sandbox in
            // Given the merchant maps its own carrier name to 佐川急便
            let scenario = try await ShippingScenario.make(sandbox)
            try await scenario.base.cli(["carrier", "set", "--store", "main", "--smaregi", "ハト急便", "--rakuten", "1002"])
            let listed = try await scenario.base.cli(["carrier", "list", "--store", "main"])
            #expect(listed.standardOutput.contains("ハト急便"))
            let order = try #require(try await scenario.imported(1).first)
            try await scenario.ship(order.id, carrier: "ハト急便", tracking: "HT-0002")
            // When the shipping job runs
            let run = try await scenario.shipping()
            // Then the code is the merchant's and there is no warning
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            #expect(try !ReportFile.of(run).contains(code: "UNKNOWN_CARRIER"))
            #expect(try await scenario.shippingRows(order.number).map { $0["deliveryCompany"] as? String } == ["1002"])
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func orderCancelledOnRakutenBeforeShippingGivesRakutensErrorInTheReport() async throws {
        try await withSandboxServer { sandbox in
            // Given an imported order cancelled on Rakuten, then shipped by the warehouse
            let scenario = try await ShippingScenario.make(sandbox)
            let order = try #require(try await scenario.imported(1).first)
            let cancel = try await scenario.base.control(
                "POST",
                "/_sandbox/rakuten/shops/sandbox-shop/orders/\(order.number)/cancel",
                json: #"{"inventoryRestoreType":1}"#
            )
            #expect(cancel.status == 200, "\(cancel.text)")
            try await scenario.ship(order.id, tracking: "9999-0000-0001")
            // When the shipping job runs twice
            let run = try await scenario.shipping()
            let again = try await scenario.shipping()
            // Then the report carries Rakuten's code and message, once, and the shipment is failed
            #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
            let report = try ReportFile.of(run)
            #expect(report.rows.contains { $0.mentions("ORDER_EXT_API_UPDATE_ORDERSHIPPING_ERROR_102") })
            #expect(report.rows.contains { $0.mentions("キャンセル") })
            #expect(try !ReportFile.of(again).text.contains("ERROR_102"))
            #expect(try scenario.ledger().list(store: "main").map(\.status) == [.failed])
            #expect(try await scenario.requests("POST /es/2.0/order/updateOrderShipping") == 1)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func killedAfterTheRakutenCallIsNotSentTwice() async throws {
        try await withSandboxServer { sandbox in
            // Given a shipped order and a run killed right after Rakuten took the update
            let scenario = try await ShippingScenario.make(sandbox)
            let order = try #require(try await scenario.imported(1).first)
            try await scenario.ship(order.id, tracking: "7777-0000-0001")
            let killed = try await scenario.shipping(crashAt: "load:after-send:")
            #expect(killed.killedBySignal, "\(killed.standardOutput)\(killed.standardError)")
            #expect(try scenario.ledger().list(store: "main").map(\.status) == [.sending])
            // When the next run resumes
            let next = try await scenario.shipping()
            // Then it finds the tracking number on Rakuten and does not send again
            #expect(next.status == 0, "\(next.standardOutput)\(next.standardError)")
            let rows = try await scenario.shippingRows(order.number)
            #expect(rows.count == 1)
            let record = try #require(try scenario.ledger().list(store: "main").first)
            #expect(record.status == .reported)
            #expect(record.shippingDetailId == OrdersCLITests.int(rows.first?["shippingDetailId"]).map(Int64.init))
            #expect(try await scenario.requests("POST /es/2.0/order/updateOrderShipping") == 1)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aDroppedConnectionIsRetriedByTheNextRunOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given a shipped order and Rakuten dropping the connection of the first updateOrderShipping
            let scenario = try await ShippingScenario.make(sandbox)
            let order = try #require(try await scenario.imported(1).first)
            try await scenario.ship(order.id, tracking: "DROP-0001")
            let rule = #"{"method":"POST","pathPrefix":"/es/2.0/order/updateOrderShipping","drop":true,"count":1}"#
            #expect(try await scenario.base.control("POST", "/_sandbox/faults", json: rule).status == 201)
            // When the job runs (Rakuten unavailable: exit 75) and cron runs it again
            let failed = try await scenario.shipping()
            #expect(failed.status == 75, "\(failed.standardOutput)\(failed.standardError)")
            #expect(try scenario.ledger().list(store: "main").map(\.status) == [.sending])
            let next = try await scenario.shipping()
            // Then the next run checks Rakuten, sends it, and Rakuten has it once
            #expect(next.status == 0, "\(next.standardOutput)\(next.standardError)")
            #expect(
                try await scenario.shippingRows(order.number).map { $0["shippingNumber"] as? String } == ["DROP-0001"]
            )
            #expect(try scenario.ledger().list(store: "main").map(\.status) == [.reported])
        }
    }
}
