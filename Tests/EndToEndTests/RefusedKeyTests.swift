import Foundation
import SyncStore
import TestSupport
import Testing

/// A license key Rakuten no longer accepts (expired, or renewed in RMS but not here): every job stops with exit 1,
/// says what to check, never prints the key, changes nothing; once the key is renewed the work is done once.
struct RefusedKeyTests {
    @Test(.timeLimit(.minutes(1)), arguments: ["rakuten-sync-orders", "rakuten-sync-stock", "rakuten-sync-shipping"])
    func aRefusedLicenseKeyStopsTheJobWithExit1AndTheRenewedKeyWorks(executable: String) async throws {
        try await withSandboxServer { sandbox in
            // Given a store with every job on, a new order, and a license key RMS refuses (401 ES01-01)
            let scenario = try await StockScenario.make(sandbox)
            try await scenario.orders.cli(["store", "set", "main", "--shipping", "on"])
            let number = try await scenario.orders.place(OrdersCrashTests.twoOrders[0])
            var shippedNumber: String?
            if executable == "rakuten-sync-shipping" {
                // (the shipping job calls Rakuten only with a shipment to report: one imported 受注, shipped)
                let shipping = ShippingScenario(base: scenario.orders)
                let order = try #require(try await shipping.imported(1).first)
                try await shipping.ship(order.id, tracking: "1234-5678-9012")
                shippedNumber = order.number
            }
            try await Self.renewLicenseKey("SL_REVOKED_KEY", scenario.orders)

            // When the job runs
            let refused = try await scenario.orders.job(executable, ["--store", "main"])

            // Then it exits 1 with an AUTHENTICATION_FAILED row that says what to check, and no key in sight
            let output = refused.standardOutput + refused.standardError
            #expect(refused.status == 1, "\(output)")
            let report = try ReportFile.of(refused)
            #expect(
                report.contains(code: "AUTHENTICATION_FAILED", mentioning: "rakuten-sync store test"),
                "\(report.text)"
            )
            #expect(!output.contains("SL_REVOKED_KEY") && !report.text.contains("SL_REVOKED_KEY"))
            #expect(!OrdersScenario.mail(of: refused).contains("SL_REVOKED_KEY"))
            if executable != "rakuten-sync-shipping" {
                #expect(try await scenario.orders.smaregiOrderCounts()[number] == nil)
            }

            // And once the renewed key is entered, the job works again (the orders job imports the order once)
            try await Self.renewLicenseKey("SL_SANDBOX_LICENSE", scenario.orders)
            let next = try await scenario.orders.job(executable, ["--store", "main"])
            #expect(next.status == 0, "\(next.standardOutput)\(next.standardError)")
            if executable == "rakuten-sync-orders" {
                #expect(try await scenario.orders.smaregiOrderCounts()[number] == 1)
            }
            if let shippedNumber {
                let rows = try await ShippingScenario(base: scenario.orders).shippingRows(shippedNumber)
                #expect(rows.count == 1, "\(rows)")
            }
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: ["ES01-01", "GA0001"])
    func theMerchantReadsThatTheKeyExpiredOrWasRefusedWhateverTheForm(form: String) async throws {
        try await withSandboxServer { sandbox in
            // Given RMS refusing keys in the `form` body (401 ES01-01 in `Results`, or 401 GA0001 in `errors[]`)
            let scenario = try await OrdersScenario.make(sandbox)
            let set = try await scenario.control(
                "POST",
                "/_sandbox/rakuten/settings",
                json: #"{"authenticationErrorForm":"\#(form)"}"#
            )
            #expect(try set.decoded(as: RakutenSandboxSettings.self).authenticationErrorForm == form)
            try await Self.renewLicenseKey("SL_REVOKED_KEY", scenario)

            // When the orders job runs
            let refused = try await scenario.orders()

            // Then it exits 1 and the report says, in both languages, that the key expired or was refused, with
            // Rakuten's code
            #expect(refused.status == 1, "\(refused.standardOutput)\(refused.standardError)")
            let report = try ReportFile.of(refused)
            #expect(report.contains(code: "AUTHENTICATION_FAILED"), "\(report.text)")
            #expect(report.rows.contains { $0.mentions("ライセンスキーを受け付けませんでした") && $0.mentions("期限切れ") }, "\(report.text)")
            #expect(report.rows.contains { $0.mentions("refused the license key: it has expired") }, "\(report.text)")
            #expect(report.rows.contains { $0.mentions(form) }, "\(report.text)")
        }
    }

    static func renewLicenseKey(_ key: String, _ scenario: OrdersScenario) async throws {
        try await scenario.cli(["store", "set", "main", "--renew-license-key"], stdin: "\(key)\n")
    }
}
