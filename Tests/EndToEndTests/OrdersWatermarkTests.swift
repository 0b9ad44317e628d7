import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #12 §2: the orders job's watermark never moves past orders whose ledger rows could not be written.
struct OrdersWatermarkTests {
    @Test(.timeLimit(.minutes(1)))
    func aFailedLedgerWriteLeavesTheWatermarkWhereItWas() async throws {
        try await withSandboxServer { sandbox in
            // Given a new order, and the order ledger refusing every write (a trigger stands in for a full disk or
            // a broken table; the watermark table still takes writes)
            let scenario = try await OrdersScenario.make(sandbox)
            let number = try await scenario.place(OrdersCrashTests.twoOrders[0])
            let database = scenario.cli.dataDir + "/rakuten-sync.sqlite"
            try await Self.sqlite(
                database,
                """
                CREATE TRIGGER test_ledger_insert BEFORE INSERT ON order_ledger BEGIN SELECT RAISE(ABORT, 'test: ledger write refused'); END;
                CREATE TRIGGER test_ledger_update BEFORE UPDATE ON order_ledger BEGIN SELECT RAISE(ABORT, 'test: ledger write refused'); END;
                """
            )

            // When the job runs
            let failed = try await scenario.orders()

            // Then it fails, creates nothing, and the watermark did not move (there was none: still none)
            #expect(failed.status != 0, "\(failed.standardOutput)\(failed.standardError)")
            #expect(try await scenario.smaregiOrderCounts()[number] == nil)
            let watermarks = WatermarkRepository(database: try SyncDatabase.open(at: database))
            #expect(try watermarks.watermark(job: "orders", store: "main") == nil)

            // And once the ledger takes writes again, the next run imports the order once and moves the watermark
            try await Self.sqlite(database, "DROP TRIGGER test_ledger_insert; DROP TRIGGER test_ledger_update;")
            let next = try await scenario.orders()
            #expect(next.status == 0, "\(next.standardOutput)\(next.standardError)")
            #expect(try await scenario.smaregiOrderCounts()[number] == 1)
            #expect(try watermarks.watermark(job: "orders", store: "main") != nil)
        }
    }

    /// Runs SQL on the job's database with the sqlite3 shell (the test plays a failing disk; the jobs' own SQL
    /// stays in SyncStore).
    static func sqlite(_ path: String, _ sql: String) async throws {
        let result = try await runBlocking { try ProcessRunner.run("/usr/bin/sqlite3", [path, sql], timeout: 30) }
        #expect(result.status == 0, "sqlite3: \(result.standardError)")
    }
}
