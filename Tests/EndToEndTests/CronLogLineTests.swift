import Foundation
import HTTPTypes
import TestSupport
import Testing

/// The one line per run and store that cron appends to `data/cron.log` (issue #11 §4).
struct CronLogLineTests {
    @Test(
        .timeLimit(.minutes(1)),
        arguments: [
            ("rakuten-sync-orders", "受注取得 [main]  job=orders", "read=0 new=0 confirmed=0 held=0 pending=0 changed=0"),
            ("rakuten-sync-shipping", "発送済みステータス [main]  job=shipping", "read=0 reported=0 confirmed=0 failed=0"),
        ]
    )
    func oneLinePerRunWithJSTTimeJobStoreOutcomeAndMeaningfulCounts(
        executable: String,
        jobAndStore: String,
        counts: String
    ) async throws {
        try await withSandboxServer { sandbox in
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL) }
            let before = Date()
            let result = try await runBlocking { try cli.run(executable, ["--store", "main"]) }
            #expect(result.status == 0, "\(result.standardError)")
            let lines = result.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.count == 1, "\(result.standardOutput)")
            let line = try #require(lines.first)
            // 2026-12-04 19:01:02 JST, within a few seconds of now in Japan
            let stamp = String(line.prefix(23))
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "Asia/Tokyo")
            formatter.dateFormat = "yyyy-MM-dd HH:mm:ss 'JST'"
            let date = try #require(formatter.date(from: stamp), "\(line)")
            #expect(abs(date.timeIntervalSince(before)) < 30, "\(line)")
            #expect(line.contains(jobAndStore), "\(line)")
            #expect(line.contains("成功 succeeded"), "\(line)")
            #expect(line.contains(counts), "\(line)")
            #expect(!line.contains("processed="), "\(line)")
            #expect(line.contains("retries=0 429s=0"), "\(line)")
        }
    }

    @Test(.timeLimit(.minutes(1))) func retriesAreCountedOnTheLineNotLoggedOneByOne() async throws {
        try await withSandboxServer { sandbox in
            // Given Rakuten's order API answering the next two calls 429
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL) }
            let fault = #"{"method":"POST","pathPrefix":"/es/2.0/order/","status":429,"rate":1,"count":2,"seed":1}"#
            #expect(try await sandbox.control(.post, "/_sandbox/faults", json: fault).status == 201)

            // When the orders job runs at the default log level
            let result = try await runBlocking { try cli.run("rakuten-sync-orders", ["--store", "main"]) }

            // Then it succeeds after retrying, the line counts both retries, and no line per retry is logged
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.contains("retries=2 429s=2"), "\(result.standardOutput)")
            #expect(!result.standardError.contains("retrying HTTP request"), "\(result.standardError)")
        }
    }
}
