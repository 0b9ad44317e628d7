import Foundation
import SyncCore
import Testing

struct PrometheusTextTests {
    static let snapshot = MetricsSnapshot(
        jobs: [
            .init(
                job: "stock",
                store: "main",
                lastRun: Date(timeIntervalSince1970: 1_800_000_060.9),
                lastSuccess: nil,
                durationSeconds: 2.5,
                processed: 3,
                succeeded: 1,
                failed: 2,
                warnings: 0,
                rateLimited: 4
            ),
            .init(
                job: "orders",
                store: "main",
                lastRun: Date(timeIntervalSince1970: 1_800_000_000),
                lastSuccess: Date(timeIntervalSince1970: 1_800_000_002),
                durationSeconds: 2,
                processed: 5,
                succeeded: 5
            ),
            .init(job: "shipping", store: "a\"b\\c"),
        ],
        licenseDaysLeft: ["main": -1],
        outboxBacklog: 7
    )

    @Test(arguments: [
        "# HELP rakuten_sync_last_run_timestamp_seconds When the newest run of the job for the store started (seconds since the epoch).",
        "# TYPE rakuten_sync_last_run_timestamp_seconds gauge",
        "rakuten_sync_last_run_timestamp_seconds{job=\"orders\",store=\"main\"} 1800000000",
        "rakuten_sync_last_run_timestamp_seconds{job=\"stock\",store=\"main\"} 1800000060",
        "rakuten_sync_last_success_timestamp_seconds{job=\"orders\",store=\"main\"} 1800000002",
        "rakuten_sync_last_duration_seconds{job=\"orders\",store=\"main\"} 2",
        "rakuten_sync_last_duration_seconds{job=\"stock\",store=\"main\"} 2.5",
        "rakuten_sync_last_run_records{job=\"stock\",store=\"main\",outcome=\"failed\"} 2",
        "rakuten_sync_last_run_records{job=\"orders\",store=\"main\",outcome=\"succeeded\"} 5",
        "rakuten_sync_last_run_records{job=\"shipping\",store=\"a\\\"b\\\\c\",outcome=\"processed\"} 0",
        "rakuten_sync_last_run_rate_limited{job=\"stock\",store=\"main\"} 4",
        "rakuten_sync_license_key_days_left{store=\"main\"} -1",
        "# TYPE rakuten_sync_outbox_backlog gauge",
        "rakuten_sync_outbox_backlog 7",
    ])
    func rendersLine(_ line: String) {
        let lines = PrometheusText.render(Self.snapshot).split(separator: "\n").map(String.init)
        #expect(lines.contains(line), "\(lines.joined(separator: "\n"))")
    }

    @Test func absentValuesAreLeftOutAndEachFamilyIsDeclaredOnce() {
        let text = PrometheusText.render(Self.snapshot)
        #expect(!text.contains("last_success_timestamp_seconds{job=\"stock\""))
        #expect(!text.contains("last_run_timestamp_seconds{job=\"shipping\""))
        #expect(!text.contains("last_run_rate_limited{job=\"orders\""))
        let types = text.split(separator: "\n").filter { $0.hasPrefix("# TYPE ") }
        #expect(Set(types).count == types.count)
        #expect(types.count == 7)
        #expect(text.hasSuffix("\n"))
        // Sorted by store, then job: orders before stock.
        let orders = text.range(of: "last_run_timestamp_seconds{job=\"orders\"")
        let stock = text.range(of: "last_run_timestamp_seconds{job=\"stock\"")
        #expect(orders.map { o in stock.map { o.lowerBound < $0.lowerBound } ?? false } ?? false)
    }
}
