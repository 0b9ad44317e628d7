import Foundation
import SyncStore
import TestSupport
import Testing

/// Every mailed problem gets one recovery mail (解消しました) when a later run of its job no longer sees it, keyed by
/// what the merchant sees, not by a row id (issue #11 §2).
struct RecoveryMailTests {
    @Test(.timeLimit(.minutes(2)))
    func aMappingFixedByRemoveAndAddIsMailedAsOverOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given a mapping to a Smaregi product that does not exist, mailed by the mapping check
            let server = try await SMTPTestServer.start()
            defer { server.stop() }
            let scenario = try await OrdersScenario.make(sandbox)
            try await StoreWideAlertTests.mailTo(server, scenario)
            let tea = ["--store", "main", "--manage-number", "tea", "--variant", "tea"]
            try await scenario.cli(["mapping", "remove"] + tea)
            try await scenario.cli(["mapping", "add"] + tea + ["--smaregi-id", "9999"])
            try await scenario.job("rakuten-sync-mappings", ["--store", "main"])
            let broken = try server.receivedMessages()
            #expect(broken.count == 1, "\(broken.map(\.subject))")
            #expect(broken.first?.body?.contains("tea") == true)

            // When the merchant removes it and adds it again, right this time, and the check runs twice
            try await scenario.cli(["mapping", "remove"] + tea)
            try await scenario.cli(["mapping", "add"] + tea + ["--smaregi-id", "1003"])
            try await scenario.job("rakuten-sync-mappings", ["--store", "main"])
            try await scenario.job("rakuten-sync-mappings", ["--store", "main"])

            // Then exactly one more mail arrived: that the problem is over, naming the store and the SKU
            let mails = try server.receivedMessages()
            #expect(mails.count == 2, "\(mails.map(\.subject))")
            let recovery = try #require(mails.last)
            #expect(recovery.subject.hasPrefix("【rakuten-sync】店舗 main (Sandbox): 解消しました — "), "\(recovery.subject)")
            #expect(recovery.subject.contains("tea/tea"), "\(recovery.subject)")
            #expect(!recovery.subject.contains("警告"))
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func aRenewedKeyIsMailedAsOverOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given a refused key, mailed once for the store
            let server = try await SMTPTestServer.start()
            defer { server.stop() }
            let scenario = try await OrdersScenario.make(sandbox)
            try await StoreWideAlertTests.mailTo(server, scenario)
            try await RefusedKeyTests.renewLicenseKey("SL_REVOKED_KEY", scenario)
            #expect(try await scenario.orders().status == 1)
            #expect(try server.receivedMessages().count == 1)

            // When the key is renewed and the orders job runs twice
            try await RefusedKeyTests.renewLicenseKey("SL_SANDBOX_LICENSE", scenario)
            #expect(try await scenario.orders().status == 0)
            #expect(try await scenario.orders().status == 0)

            // Then one recovery mail says the key problem is over
            let mails = try server.receivedMessages()
            #expect(mails.count == 2, "\(mails.map(\.subject))")
            let recovery = try #require(mails.last)
            #expect(recovery.subject == "【rakuten-sync】店舗 main (Sandbox): 解消しました — 楽天のライセンスキーが無効です")
            #expect(recovery.body?.contains("停止していた処理は再開しました") == true)
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func aHeldOrderThatIsImportedIsMailedAsOverOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given an order held for an unmapped mug, mailed once although every run sees it again
            let server = try await SMTPTestServer.start()
            defer { server.stop() }
            let scenario = try await OrdersScenario.make(sandbox)
            try await StoreWideAlertTests.mailTo(server, scenario)
            let number = try await scenario.place(
                #"{"lines":[{"manageNumber":"towel","units":1},{"manageNumber":"mug","units":1}],"postagePrice":0}"#
            )
            #expect(try await scenario.orders().status == 0)
            #expect(try await scenario.orders().status == 0)
            let held = try server.receivedMessages()
            #expect(held.count == 1, "\(held.map(\.subject))")
            #expect(held.first?.body?.contains("UNMAPPED_SKU") == true)

            // When the mapping is added and the next runs import it
            try await scenario.cli([
                "mapping", "add", "--store", "main", "--manage-number", "mug", "--variant", "mug", "--smaregi-id",
                "1006",
            ])
            try await scenario.job("rakuten-sync-mappings", ["--store", "main"])
            #expect(try await scenario.orders().status == 0)
            #expect(try await scenario.orders().status == 0)
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)

            // Then one recovery mail names the order and the SKU
            let mails = try server.receivedMessages()
            #expect(mails.count == 2, "\(mails.map(\.subject))")
            let recovery = try #require(mails.last)
            #expect(recovery.subject.contains("解消しました — UNMAPPED_SKU 注文番号 \(number)"), "\(recovery.subject)")
            #expect(recovery.body?.contains("SKU mug") == true, "\(recovery.body ?? "")")
        }
    }
}
