import Foundation
import Logging
import SyncCore
import SyncJobs
import SyncStore
import TestSupport
import Testing

/// The mails written beside the run's alert (dead-man, license notice, daily roll-up) go through the one outbox
/// writer (`AlertMailer.writeOutbox`) and keep the file names and Message-IDs they had when each wrote its own.
struct AlertOutboxWritersTests {
    private static let now = StoreFixtures.referenceDate
    private static let stamp = JSTCalendar.displayString(now).filter(\.isNumber)

    /// The value of the `name:` header of the `.eml` at `path`.
    private static func header(_ name: String, of path: String) throws -> String? {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let head = text.components(separatedBy: "\r\n\r\n").first ?? ""
        return head.components(separatedBy: "\r\n")
            .first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
            .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    @Test func theLicenseNoticeKeepsItsNameAndMessageID() throws {
        // Given a store whose key expires in two days
        let harness = try RunFrameTests.Harness(licenseDaysLeft: 2)
        let expiry = try #require(harness.store.licenseExpiry)
        let stage = try #require(
            LicenseNoticeStage.stage(daysLeft: JSTCalendar.daysUntil(expiry, from: Self.now), isExpired: false)
        )
        // When its notice is written for run 7
        let notice = LicenseNotice(directory: harness.directory, database: harness.database, logger: Logger(label: "t"))
        let path = try #require(notice.writeIfDue(store: harness.store, runID: 7, now: Self.now))
        // Then the file and its headers are named as before
        #expect(URL(fileURLWithPath: path).lastPathComponent == "\(Self.stamp)-license-main-\(stage)d-7.eml")
        #expect(try Self.header("Message-ID", of: path) == "<\(Self.stamp).7.license-\(stage)@rakuten-sync>")
        #expect(try Self.header("To", of: path)?.contains("ops@example.jp") == true)
        #expect(try Self.header("From", of: path)?.contains("rakuten-sync@localhost") == true)
    }

    @Test func theDailyRollupKeepsItsNameAndMessageID() throws {
        // Given a problem open since the day before, and a run after the roll-up hour
        let harness = try RunFrameTests.Harness()
        let since = Self.now.addingTimeInterval(-86_400)
        try OpenProblemRepository(database: harness.database).replace(
            store: "main",
            job: "orders",
            with: [
                OpenProblem(
                    job: "orders",
                    code: "UNMAPPED_SKU",
                    severity: "error",
                    count: 1,
                    messageJa: "未連携のSKUです",
                    messageEn: "The SKU is not mapped.",
                    firstSeenAt: since,
                    lastSeenAt: since
                )
            ]
        )
        // When the roll-up is written
        let rollup = DailyRollup(directory: harness.directory, database: harness.database, logger: Logger(label: "t"))
        let path = try #require(rollup.writeIfDue(store: harness.store, now: Self.now))
        // Then the file and its Message-ID are named as before
        #expect(URL(fileURLWithPath: path).lastPathComponent == "\(Self.stamp)-rollup-main.eml")
        #expect(try Self.header("Message-ID", of: path) == "<\(Self.stamp).rollup.main@rakuten-sync>")
    }

    @Test func theDeadmanAlertKeepsItsNameAndMessageID() throws {
        // Given a store whose first run started a day ago and whose stock job never succeeded
        let harness = try RunFrameTests.Harness()
        _ = try RunRepository(database: harness.database).start(
            job: "orders",
            store: "main",
            at: Self.now.addingTimeInterval(-86_400)
        )
        // When the dead-man check runs
        let check = DeadmanCheck(directory: harness.directory, database: harness.database, logger: Logger(label: "t"))
        let written = check.check(store: harness.store, now: Self.now)
        // Then the stock job's alert is named as before
        let name = "deadman-\(JobName.stock)"
        let path = try #require(written.first { $0.hasSuffix("/\(Self.stamp)-\(name)-main.eml") }, "\(written)")
        #expect(try Self.header("Message-ID", of: path) == "<\(Self.stamp).\(name).main@rakuten-sync>")
    }
}
