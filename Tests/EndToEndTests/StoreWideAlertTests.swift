import Foundation
import SyncStore
import TestSupport
import Testing

/// A failure of the whole store (the license key refused) reaches the merchant as one mail for the store that
/// names every job it stops and says why, however many jobs hit it (issue #11 §2).
struct StoreWideAlertTests {
    @Test(.timeLimit(.minutes(2)))
    func aRefusedKeyIsMailedOnceForTheStoreNamingEveryStoppedJob() async throws {
        try await withSandboxServer { sandbox in
            // Given a store with every job on, an alert address, SMTP on loopback and a key RMS refuses
            let server = try await SMTPTestServer.start()
            defer { server.stop() }
            let scenario = try await StockScenario.make(sandbox)
            try await Self.mailTo(server, scenario.orders)
            try await scenario.orders.cli(["store", "set", "main", "--shipping", "on"])
            try await scenario.orders.place(OrdersCrashTests.twoOrders[0])
            try await RefusedKeyTests.renewLicenseKey("SL_REVOKED_KEY", scenario.orders)

            // When the orders job and the stock job both hit it, twice each
            for executable in [
                "rakuten-sync-orders", "rakuten-sync-stock", "rakuten-sync-orders", "rakuten-sync-stock",
            ] {
                let refused = try await scenario.orders.job(executable, ["--store", "main"])
                #expect(refused.status == 1, "\(refused.standardOutput)\(refused.standardError)")
            }

            // Then exactly one mail arrived, for the store, naming the three stopped jobs and Rakuten's answer
            let mails = try server.receivedMessages()
            #expect(mails.count == 1, "\(mails.map(\.subject))")
            let mail = try #require(mails.first)
            #expect(
                mail.subject
                    == "【rakuten-sync】店舗 main (Sandbox): 楽天のライセンスキーが無効です — 受注取得・在庫更新・発送済みステータスが停止中"
            )
            let body = mail.body ?? ""
            #expect(body.contains("停止中の処理: 受注取得、在庫更新、発送済みステータス"), "\(body)")
            #expect(body.contains("ES01-01 Un-Authorised"), "\(body)")
            #expect(body.contains("--renew-license-key"), "\(body)")
            #expect(!body.contains("SL_REVOKED_KEY"))
        }
    }

    /// Points the store's alert mail at `server` (plain SMTP on loopback, no password).
    static func mailTo(_ server: SMTPTestServer, _ scenario: OrdersScenario) async throws {
        try await scenario.cli(["store", "set", "main", "--alert-email", "ops@example.jp"])
        try await scenario.cli(["smtp", "set", "--url", server.url, "--from", "rakuten-sync@example.jp"])
    }
}
