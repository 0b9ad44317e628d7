import Foundation
import SyncStore
import TestSupport
import Testing

/// The jobs re-read the license key's expiry from RMS daily and mail the 14/7/3/1-day and expiry notices once each,
/// with the RMS renewal steps; `store set --renew-license-key` reads the new key's date at once.
struct LicenseNoticeCLITests {
    @Test(.timeLimit(.minutes(2)))
    func theJobsReReadTheExpiryDailyAndMailEachNoticeOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given a store set up against the sandbox (its first job run read the 90-day expiry), SMTP and an alert
            // address
            let scenario = try await OrdersScenario.make(sandbox)
            let smtp = try await SMTPTestServer.start()
            defer { smtp.stop() }
            try await scenario.cli(["smtp", "set", "--url", smtp.url, "--from", "rakuten-sync@example.jp"])
            try await scenario.cli(["store", "set", "main", "--alert-email", "shop@example.jp"])
            let database = try SyncDatabase.open(at: scenario.cli.dataDir + "/rakuten-sync.sqlite")
            let stores = StoreRepository(database: database)
            #expect(try Self.daysLeft(stores) == 90, "read by the jobs, without store test")

            // When Rakuten's expiry moves to 10 days ahead, the jobs do not ask again within the day
            try await Self.setSandboxExpiry(scenario, days: 10)
            #expect(try await scenario.orders().status == 0)
            #expect(try Self.daysLeft(stores) == 90)

            // But a day later they read it, and mail the 14-day notice with the renewal steps once
            try Self.ageTheLastRead(database)
            #expect(try await scenario.orders().status == 0)
            #expect(try Self.daysLeft(stores) == 10)
            var notices = try await Self.notices(smtp, count: 1)
            #expect(notices[0].subject.contains("あと10日"), "\(notices[0].subject)")
            #expect(notices[0].subject.contains("Sandbox (main)"), "\(notices[0].subject)")
            let body = notices[0].body ?? ""
            #expect(body.contains("店舗様向け情報・サービス > 各種申請・設定変更"), "\(body)")
            #expect(body.contains("システム開発企業からのAPIアクセス許可設定"), "\(body)")
            #expect(body.contains("rakuten-sync store set main --renew-license-key"), "\(body)")
            #expect(!body.contains("SL_SANDBOX_LICENSE"))
            #expect(try await scenario.orders().status == 0)
            try Self.ageTheLastRead(database)
            #expect(try await scenario.orders().status == 0)
            #expect(try await Self.notices(smtp, count: 1).count == 1, "the 14-day notice is mailed once")

            // And two days before expiry the 3-day notice follows, once
            try await Self.setSandboxExpiry(scenario, days: 2)
            try Self.ageTheLastRead(database)
            #expect(try await scenario.orders().status == 0)
            #expect(try await scenario.orders().status == 0)
            notices = try await Self.notices(smtp, count: 2)
            #expect(notices.count == 2, "\(notices.map(\.subject))")
            #expect(notices[1].subject.contains("あと2日"), "\(notices[1].subject)")
            // (the per-run LICENSE_EXPIRING alert mail is replaced by these notices)
            #expect(try smtp.receivedMessages().allSatisfy { !($0.body ?? "").contains("LICENSE_EXPIRING") })

            // When the key is renewed in RMS and registered, the new date is read at once
            try await Self.setSandboxExpiry(scenario, days: 90, key: "SL_RENEWED_KEY")
            let renewed = try await scenario.cli(
                ["store", "set", "main", "--renew-license-key"],
                stdin: "SL_RENEWED_KEY\n"
            )
            #expect(try Self.daysLeft(stores) == 90, "\(renewed.standardOutput)")
            #expect(renewed.standardOutput.contains("expiry read from RMS"), "\(renewed.standardOutput)")
        }
    }

    private static func daysLeft(_ stores: StoreRepository) throws -> Int? {
        let expiry = try stores.get(code: "main").licenseExpiry
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo") ?? .gmt
        return expiry.map {
            calendar.dateComponents([.day], from: calendar.startOfDay(for: Date()), to: calendar.startOfDay(for: $0))
                .day ?? 0
        }
    }

    private static func setSandboxExpiry(_ scenario: OrdersScenario, days: Int, key: String? = nil) async throws {
        let keyField = key.map { #","licenseKey":"\#($0)""# } ?? ""
        let reply = try await scenario.control(
            "POST",
            "/_sandbox/rakuten/shops/sandbox-shop",
            json: #"{"licenseExpiresInDays":\#(days)\#(keyField)}"#
        )
        #expect(reply.status == 200, "\(reply.text)")
    }

    /// Moves the jobs' last expiry read (and try) 25 hours into the past.
    private static func ageTheLastRead(_ database: SyncDatabase) throws {
        let settings = SettingsRepository(database: database)
        let dayAgo = Date().addingTimeInterval(-25 * 3600)
        try settings.setDate(dayAgo, for: .licenseCheckedAt(store: "main"))
        try settings.setDate(dayAgo, for: .licenseCheckTriedAt(store: "main"))
    }

    private static func notices(_ smtp: SMTPTestServer, count: Int) async throws -> [SMTPTestServer.ReceivedMail] {
        _ = try? await smtp.waitForMessages(count: count, timeout: .seconds(3))
        return try smtp.receivedMessages().filter { $0.subject.contains("ライセンスキー") }
    }
}
