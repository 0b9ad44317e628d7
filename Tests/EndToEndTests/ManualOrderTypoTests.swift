import Foundation
import TestSupport
import Testing

/// A typo in a manual `rakuten-sync-orders --order N` run is the operator's, who is at the terminal: it is printed
/// with a non-zero exit, and nothing is mailed to the store's alert address (issue #11 §2).
struct ManualOrderTypoTests {
    @Test(.timeLimit(.minutes(2)))
    func anOrderNumberRakutenDoesNotKnowIsPrintedNotMailed() async throws {
        try await withSandboxServer { sandbox in
            // Given a store with an alert address and SMTP on loopback, and one real order on Rakuten
            let server = try await SMTPTestServer.start()
            defer { server.stop() }
            let scenario = try await OrdersScenario.make(sandbox)
            try await StoreWideAlertTests.mailTo(server, scenario)
            let real = try await scenario.place(OrdersCLITests.simpleOrder)

            // When the operator names the real order and one Rakuten does not know
            let typo = "400001-20200101-99999999"
            let run = try await scenario.orders(["--order", real, "--order", typo])

            // Then the run exits 64 and the terminal names the unknown number; the real order is imported
            let terminal = run.standardOutput + run.standardError
            #expect(run.status == 64, "\(terminal)")
            #expect(terminal.contains("楽天に注文番号 \(typo) が見つかりません"), "\(terminal)")
            #expect(try await scenario.smaregiOrderCounts()[real] == 1)
            // And a malformed number stops at the command line (exit 64)
            let malformed = try await scenario.orders(["--order", "12345"])
            #expect(malformed.status == 64, "\(malformed.standardError)")
            #expect(malformed.standardError.contains("12345"))
            // And no mail reached the alert address
            let mails = try server.receivedMessages()
            #expect(mails.isEmpty, "\(mails.map(\.subject))")
            #expect(OrdersScenario.mail(of: run).isEmpty)
        }
    }
}
