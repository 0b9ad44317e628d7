import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #5 scenarios through the real `rakuten-sync-orders` executable against a live sandbox.
struct OrdersCLITests {
    static let simpleOrder = """
        {"lines":[{"manageNumber":"towel","units":2},{"manageNumber":"tea","units":1}],"postagePrice":550,
         "settlementMethodCode":1,"usedPoint":100}
        """

    static func int(_ value: Any?) -> Int? {
        (value as? Int) ?? (value as? String).flatMap { Int($0) } ?? (value as? Double).map { Int($0) }
    }

    @Test(.timeLimit(.minutes(1)))
    func mappedOrderBecomesExactlyOne受注() async throws {
        try await withSandboxServer { sandbox in
            // Given a configured store and a mapped order placed as a shopper
            let scenario = try await OrdersScenario.make(sandbox)
            let number = try await scenario.place(Self.simpleOrder)
            let billed = try await scenario.control(
                "POST",
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":["\#(number)"],"version":10}"#
            )
            let model = try #require((billed.object["OrderModelList"] as? [[String: Any]])?.first)
            let expectedTotal =
                try #require(Self.int(model["requestPrice"]))
                + (Self.int((model["PointModel"] as? [String: Any])?["usedPoint"]) ?? 0)

            // When the orders job runs twice
            let first = try await scenario.orders()
            let second = try await scenario.orders()

            // Then exactly one 受注 exists, with the lines, quantities, total and tax of the order
            #expect(first.status == 0, "\(first.standardOutput)\(first.standardError)")
            #expect(second.status == 0, "\(second.standardError)")
            let orders = try await scenario.smaregiOrders().filter { $0.orderCode == number }
            #expect(orders.count == 1)
            let order = try #require(orders.first)
            #expect(order.total?.value == expectedTotal)
            let details = order.destinations.first?.details ?? []
            #expect(details.map(\.productId.value) == [1001, 1003])
            #expect(details.map(\.quantity.value) == [2, 1])
            #expect(order.taxes.map(\.taxRate.value) == [10, 8])
            // and the ledger says loaded with that 受注ID and the destination's basketId
            let record = try #require(try scenario.ledger().record(store: "main", orderNumber: number))
            #expect(record.status == .loaded)
            #expect(record.smaregiOrderID == order.orderHeadId.value)
            #expect(record.destinations.count == 1)
            #expect(record.destinations.first?.number == 1)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func unmappedSKUIsHeldThenImportedOnceTheMappingIsAdded() async throws {
        try await withSandboxServer { sandbox in
            // Given an order with a mapped towel and an unmapped mug
            let scenario = try await OrdersScenario.make(sandbox)
            let number = try await scenario.place(
                #"{"lines":[{"manageNumber":"towel","units":1},{"manageNumber":"mug","units":1}],"postagePrice":0}"#
            )
            // When the job runs
            let held = try await scenario.orders()
            // Then there is a report row naming the SKU and no 受注
            #expect(held.status == 0)
            let report = try ReportFile.of(held)
            #expect(report.contains(code: "UNMAPPED_SKU"))
            #expect(report.rows.contains { $0.mentions("mug") })
            #expect(try await scenario.smaregiOrderCounts()[number] == nil)
            #expect(try scenario.ledger().record(store: "main", orderNumber: number)?.status == .held)
            #expect(try scenario.ledger().record(store: "main", orderNumber: number)?.reasonCode == "UNMAPPED_SKU")
            // and support sees it in the ledger and in the explanation of the saved getOrder response
            let listed = try await scenario.cli(["orders", "list", "--store", "main", "--status", "error"])
            #expect(listed.standardOutput.contains(number))
            #expect(listed.standardOutput.contains("UNMAPPED_SKU"))
            let saved = try await scenario.control(
                "POST",
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":["\#(number)"],"version":10}"#
            )
            let file = scenario.cli.root.appendingPathComponent("getOrder.json")
            try saved.body.write(to: file)
            let explained = try await scenario.cli(["orders", "explain", "--store", "main", "--file", file.path])
            #expect(explained.standardOutput.contains("UNMAPPED_SKU [mug/mug]"))
            #expect(explained.standardOutput.contains("取り込めません"))
            // When the mapping is added and checked, the next run imports it, once
            try await scenario.cli([
                "mapping", "add", "--store", "main", "--manage-number", "mug", "--variant", "mug", "--smaregi-id",
                "1006",
            ])
            try await scenario.job("rakuten-sync-mappings", ["--store", "main"])
            let imported = try await scenario.orders()
            #expect(imported.status == 0, "\(imported.standardError)")
            _ = try await scenario.orders()
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
            #expect(try scenario.ledger().record(store: "main", orderNumber: number)?.status == .loaded)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func legacyAndMultiSKUOrderMapsEachLine() async throws {
        try await withSandboxServer { sandbox in
            let scenario = try await OrdersScenario.make(sandbox)
            let number = try await scenario.place(
                """
                {"lines":[{"manageNumber":"tshirt","variantId":"s-white","units":1},
                          {"manageNumber":"tshirt","variantId":"m-black","units":2},
                          {"manageNumber":"shirt","legacyOptions":{"horizontal":"S","vertical":"白"},"units":1}],
                 "postagePrice":700,"settlementMethodCode":2}
                """
            )
            let result = try await scenario.orders()
            #expect(result.status == 0, "\(result.standardError)")
            let order = try #require(try await scenario.smaregiOrders().first { $0.orderCode == number })
            let details = order.destinations.first?.details ?? []
            #expect(details.map(\.productId.value) == [1002, 1004, 1005])
            #expect(details.map(\.quantity.value) == [1, 2, 1])
            // the ledger keeps units per SKU (the legacy line by its 商品番号 + 子番号)
            let record = try #require(try scenario.ledger().record(store: "main", orderNumber: number))
            #expect(record.units.map(\.variantId).sorted() == ["", "m-black", "s-white"])
            #expect(record.units.first { $0.variantId.isEmpty }?.itemNumber.isEmpty == false)

            // When the order's postage changes on Rakuten after import, the next run reports it once
            let shop = "/_sandbox/rakuten/shops/sandbox-shop/orders/\(number)"
            #expect(try await scenario.control("POST", shop + "/change").status == 200)
            #expect(try await scenario.control("POST", shop + "/fix", json: #"{"postagePrice":900}"#).status == 200)
            let changed = try await scenario.orders()
            #expect(try ReportFile.of(changed).contains(code: "ORDER_CHANGED_AFTER_IMPORT"))
            let quiet = try await scenario.orders()
            #expect(try !ReportFile.of(quiet).contains(code: "ORDER_CHANGED_AFTER_IMPORT"))
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func undeterminedAmountsWaitThenImportAndACancellationAfterImportIsReported() async throws {
        try await withSandboxServer { sandbox in
            // Given an order whose charges are being changed (-9999)
            let scenario = try await OrdersScenario.make(sandbox)
            try await scenario.cli(["store", "set", "main", "--alert-email", "ops@example.invalid"])
            let number = try await scenario.place(Self.simpleOrder)
            let shop = "/_sandbox/rakuten/shops/sandbox-shop/orders/\(number)"
            #expect(try await scenario.control("POST", shop + "/change").status == 200)
            // When the job runs, the order waits
            let waiting = try await scenario.orders()
            #expect(waiting.status == 0)
            #expect(try ReportFile.of(waiting).contains(code: "AMOUNT_UNDETERMINED"))
            #expect(try scenario.ledger().record(store: "main", orderNumber: number)?.status == .pending)
            #expect(try await scenario.smaregiOrderCounts()[number] == nil)
            // When the amounts are fixed, the next run imports it with the new postage, once
            #expect(try await scenario.control("POST", shop + "/fix", json: #"{"postagePrice":800}"#).status == 200)
            #expect(try await scenario.orders().status == 0)
            let order = try #require(try await scenario.smaregiOrders().first { $0.orderCode == number })
            #expect(order.carriage?.value == 800)
            let id = order.orderHeadId.value
            // When the order is cancelled on Rakuten after import
            #expect(
                try await scenario.control("POST", shop + "/cancel", json: #"{"inventoryRestoreType":1}"#).status == 200
            )
            let noticed = try await scenario.orders()
            // Then a row names the Smaregi 受注, once
            let report = try ReportFile.of(noticed)
            #expect(report.contains(code: "ORDER_CANCELLED_AFTER_IMPORT"))
            #expect(report.rows.contains { $0.mentions(String(id)) })
            // and mailed
            #expect(OrdersScenario.mail(of: noticed).contains("ORDER_CANCELLED_AFTER_IMPORT"))
            let again = try await scenario.orders()
            #expect(try !ReportFile.of(again).contains(code: "ORDER_CANCELLED_AFTER_IMPORT"))
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func manualRerunImportsAnOldOrderAndNeverDuplicates() async throws {
        try await withSandboxServer { sandbox in
            // Given an order placed 40 days ago (before the first run's look-back)
            let scenario = try await OrdersScenario.make(sandbox)
            let old = Date().addingTimeInterval(-40 * 86_400)
            let number = try await scenario.place(
                #"{"lines":[{"manageNumber":"towel","units":1}],"orderDatetime":"\#(RMSDateText.orderDatetime(old))"}"#
            )
            // The automatic run does not reach it
            #expect(try await scenario.orders().status == 0)
            #expect(try await scenario.smaregiOrderCounts()[number] == nil)
            // --order imports exactly it
            let manual = try await scenario.orders(["--order", number])
            #expect(manual.status == 0, "\(manual.standardError)")
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
            // and again: reported as already imported, not created twice
            let rerun = try await scenario.orders(["--order", number])
            #expect(rerun.status == 0)
            #expect(try ReportFile.of(rerun).contains(code: "ALREADY_IMPORTED"))
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
            // an unknown number is an error row
            let unknown = try await scenario.orders(["--order", "400001-20200101-99999999"])
            #expect(try ReportFile.of(unknown).contains(code: "ORDER_NOT_FOUND"))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func dryRunLoadsNothingAndKeepsTheWatermark() async throws {
        try await withSandboxServer { sandbox in
            let scenario = try await OrdersScenario.make(sandbox)
            let number = try await scenario.place(Self.simpleOrder)
            let dry = try await scenario.orders(["--dry-run"])
            #expect(dry.status == 0, "\(dry.standardError)")
            #expect(try ReportFile.of(dry).contains(code: "DRY_RUN_READY"))
            #expect(try await scenario.smaregiOrderCounts()[number] == nil)
            #expect(try scenario.ledger().record(store: "main", orderNumber: number) == nil)
            #expect(try await scenario.orders().status == 0)
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
        }
    }
}
