import Foundation
import HTTPTypes
import SyncStore
import TestSupport
import Testing

/// The HTTP 429s and retries of each run are stored in `runs` (v10-watching), shown by `rakuten-sync runs` and
/// written to the metrics file for every job, not only for the one whose run wrote it.
struct RunCountsCLITests {
    @Test(.timeLimit(.minutes(1)))
    func the429sAndRetriesOfEveryRunAreStoredShownAndInTheMetrics() async throws {
        try await withSandboxServer { sandbox in
            // Given Rakuten's order API answering the next two calls 429
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL) }
            let fault = #"{"method":"POST","pathPrefix":"/es/2.0/order/","status":429,"rate":1,"count":2,"seed":1}"#
            #expect(try await sandbox.control(.post, "/_sandbox/faults", json: fault).status == 201)

            // When the orders job runs (retrying both), and then the stock job, which rewrites the metrics file
            let orders = try await runBlocking { try cli.run("rakuten-sync-orders", ["--store", "main"]) }
            #expect(orders.status == 0, "\(orders.standardError)")
            let stock = try await runBlocking { try cli.run("rakuten-sync-stock", ["--store", "main"]) }
            #expect(stock.status == 0, "\(stock.standardError)")

            // Then the orders run is stored with its two 429s and two retries
            let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
            let run = try #require(try RunRepository(database: database).lastRun(job: "orders", store: "main"))
            #expect(run.counts.rateLimited == 2 && run.counts.retries == 2, "\(run.counts)")

            // And `runs` shows them, and so does `runs show`
            let list = try await runBlocking { try cli.run(["runs", "--job", "orders"]) }
            #expect(list.standardOutput.contains("429/再試行 retries"), "\(list.standardOutput)")
            let line = try #require(list.standardOutput.split(separator: "\n").first { $0.hasPrefix("\(run.id) ") })
            #expect(line.contains(" 2/2 "), "\(line)")
            let shown = try await runBlocking { try cli.run(["runs", "show", String(run.id)]) }
            #expect(shown.standardOutput.contains("HTTP 429"), "\(shown.standardOutput)")

            // And the file the stock run wrote has the orders run's counts too
            let text = try String(contentsOfFile: cli.dataDir + "/metrics/rakuten_sync.prom", encoding: .utf8)
            let lines = text.split(separator: "\n").map(String.init)
            for expected in [
                "rakuten_sync_last_run_rate_limited{job=\"orders\",store=\"main\"} 2",
                "rakuten_sync_last_run_retries{job=\"orders\",store=\"main\"} 2",
                "rakuten_sync_last_run_rate_limited{job=\"stock\",store=\"main\"} 0",
            ] {
                #expect(lines.contains(expected), "missing \(expected) in\n\(text)")
            }
        }
    }
}
