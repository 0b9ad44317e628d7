import Foundation
import SyncCore
import SyncJobs
import SyncStore
import TestSupport
import Testing

/// Issue #11 §2: alert mail headers a strict parser accepts, and a ledger that only counts mail really written.
struct AlertMailOutboxTests {
    @Test func messageIDIsOneAddrSpecInOnePairOfAngleBrackets() throws {
        // Given a run with a problem to mail
        let harness = try RunFrameTests.Harness(licenseDaysLeft: 2)
        let summary = harness.frame().run(job: .orders, store: harness.store) { _ in }
        let path = try #require(summary.mailPath)
        // When the .eml's header block is parsed strictly (RFC 5322 §3.6.4: msg-id = "<" id-left "@" id-right ">")
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let head = try #require(text.components(separatedBy: "\r\n\r\n").first)
        let values = head.components(separatedBy: "\r\n").filter { $0.lowercased().hasPrefix("message-id:") }
            .map { $0.dropFirst("Message-ID:".count).trimmingCharacters(in: .whitespaces) }
        // Then there is exactly one, and it is well formed
        #expect(values.count == 1, "\(values)")
        let atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
        let pattern = "^<\(atom)(\\.\(atom))*@\(atom)(\\.\(atom))*>$"
        for value in values {
            #expect(value.range(of: pattern, options: .regularExpression) != nil, "Message-ID \(value)")
        }
    }

    @Test func aMailThatCouldNotBeWrittenIsWrittenByTheNextRun() throws {
        // Given an outbox where the first run's mail cannot be written (a folder holds its file name, so the
        // atomic rename fails)
        let harness = try RunFrameTests.Harness(licenseDaysLeft: 2)
        let stamp = JSTCalendar.displayString(StoreFixtures.referenceDate).filter(\.isNumber)
        let blocked = "\(harness.directory.outboxPath)/\(stamp)-stock-main-1.eml"
        try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: true)
        let first = harness.frame().run(job: .stock, store: harness.store) { _ in }
        #expect(first.runID == 1)
        #expect(first.mailPath == nil)
        // When the outbox is writable again and the next run (10 minutes later, inside the 24 h window) starts
        try FileManager.default.removeItem(atPath: blocked)
        let second = harness.frame(at: StoreFixtures.referenceDate.addingTimeInterval(600)).run(
            job: .stock,
            store: harness.store
        ) { _ in }
        // Then it writes the alert the first run could not
        #expect(second.mailPath != nil)
        #expect(harness.outbox().count == 1)
    }
}
