import Foundation
import SyncCore
import SyncStore
import TestSupport
import Testing

/// A run whose report cannot be written (disk full, folder unwritable) is finished as failed, not left `running`,
/// and its problems are still mailed.
struct ReportUnwritableTests {
    @Test func aRunWhoseReportCannotBeWrittenIsFinishedAsFailedAndStillAlerted() throws {
        // Given a store with a standing warning (no Smaregi connection yet) and an alert address, and a file where
        // today's report folder should be (as root, chmod would not stop the write; a file in the way does)
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        #expect(
            try cli.run(["store", "set", "main", "--orders", "on", "--alert-email", "shop@example.jp"]).status == 0
        )
        try FileManager.default.createDirectory(atPath: cli.reportsDir, withIntermediateDirectories: true)
        let day = cli.reportsDir + "/" + JSTCalendar.dayString(Date())
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: day))

        // When the orders job runs
        let result = try cli.run("rakuten-sync-orders", [])

        // Then it exits 1 and the run is recorded as failed with the reason, not left running
        #expect(result.status == 1, "\(result.standardOutput)\(result.standardError)")
        let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
        let run = try #require(try RunRepository(database: database).lastRun(job: "orders", store: "main"))
        #expect(run.status == .failed, "\(run)")
        #expect(run.finishedAt != nil)
        #expect(run.reportPath == nil)
        #expect(run.message?.contains(day) == true, "\(run.message ?? "-")")

        // And the alert mail is in the outbox with the failure and the warning the report would have held
        let outbox = cli.dataDir + "/outbox"
        let mails = try FileManager.default.contentsOfDirectory(atPath: outbox).filter { $0.hasSuffix(".eml") }
        #expect(mails.count == 1, "\(mails)")
        let raw = try String(contentsOfFile: outbox + "/" + (mails.first ?? ""), encoding: .utf8)
        let encoded = try #require(raw.components(separatedBy: "\r\n\r\n").dropFirst().first)
        let body = try #require(Data(base64Encoded: encoded, options: .ignoreUnknownCharacters))
        let mail = String(decoding: body, as: UTF8.self)
        #expect(mail.contains("JOB_FAILED"), "\(mail)")
        #expect(mail.contains("SMAREGI_NOT_CONFIGURED"), "\(mail)")
    }
}
