import Foundation
import SyncStore
import TestSupport
import Testing

/// The Prometheus textfile the job executables write after each run (issue #11 §3).
struct MetricsCLITests {
    @Test(.timeLimit(.minutes(1)))
    func everyRunRewritesTheFileWithEveryJobOfEveryStore() async throws {
        try await withSandboxServer { sandbox in
            // Given a store against the sandbox whose license expiry has been read by `store test`
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL) }
            let tested = try await runBlocking { try cli.run(["store", "test", "main"]) }
            #expect(tested.status == 0, "\(tested.standardOutput)\(tested.standardError)")
            let path = cli.dataDir + "/metrics/rakuten_sync.prom"
            #expect(!FileManager.default.fileExists(atPath: path))

            // When the orders job runs, then the stock job
            let orders = try await runBlocking { try cli.run("rakuten-sync-orders", ["--store", "main"]) }
            #expect(orders.status == 0, "\(orders.standardError)")
            let stock = try await runBlocking { try cli.run("rakuten-sync-stock", ["--store", "main"]) }
            #expect(stock.status == 0, "\(stock.standardError)")

            // Then the file the stock run wrote still holds the orders run, read back from the database
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let lines = text.split(separator: "\n").map(String.init)
            let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
            let runs = RunRepository(database: database)
            let ordersRun = try #require(try runs.lastRun(job: "orders", store: "main"))
            let stockRun = try #require(try runs.lastRun(job: "stock", store: "main"))
            let ordersStart = Int64(ordersRun.startedAt.timeIntervalSince1970.rounded(.down))
            let stockEnd = Int64(try #require(stockRun.finishedAt).timeIntervalSince1970.rounded(.down))
            for expected in [
                "# TYPE rakuten_sync_last_run_timestamp_seconds gauge",
                "rakuten_sync_last_run_timestamp_seconds{job=\"orders\",store=\"main\"} \(ordersStart)",
                "rakuten_sync_last_success_timestamp_seconds{job=\"stock\",store=\"main\"} \(stockEnd)",
                "rakuten_sync_last_run_records{job=\"orders\",store=\"main\",outcome=\"failed\"} 0",
                "rakuten_sync_last_run_rate_limited{job=\"stock\",store=\"main\"} 0",
                "rakuten_sync_outbox_backlog 0",
            ] {
                #expect(lines.contains(expected), "missing \(expected) in\n\(text)")
            }
            #expect(
                lines.contains { $0.hasPrefix("rakuten_sync_last_duration_seconds{job=\"orders\",store=\"main\"} ") }
            )
            #expect(lines.contains { $0.hasPrefix("rakuten_sync_license_key_days_left{store=\"main\"} ") }, "\(text)")
            #expect(!lines.contains { $0.contains("job=\"shipping\"") }, "a job that never ran has no samples")
            // Written atomically: no temporary file is left beside it.
            let folder = try FileManager.default.contentsOfDirectory(atPath: cli.dataDir + "/metrics")
            #expect(folder == ["rakuten_sync.prom"])
        }
    }
}
