import Foundation

/// Renders a `MetricsSnapshot` in the Prometheus text exposition format (textfile collector).
package enum PrometheusText {
    /// The whole file: `# HELP` and `# TYPE` once per metric, one sample per job and store, sorted.
    package static func render(_ snapshot: MetricsSnapshot) -> String {
        let jobs = snapshot.jobs.sorted { ($0.store, $0.job) < ($1.store, $1.job) }
        var lines: [String] = []
        func family(_ name: String, _ help: String, _ samples: [(labels: String, value: String)]) {
            guard !samples.isEmpty else { return }
            lines.append("# HELP rakuten_sync_\(name) \(help)")
            lines.append("# TYPE rakuten_sync_\(name) gauge")
            for sample in samples { lines.append("rakuten_sync_\(name){\(sample.labels)} \(sample.value)") }
        }
        func perJob(_ value: (MetricsSnapshot.JobSample) -> String?) -> [(labels: String, value: String)] {
            jobs.compactMap { sample in value(sample).map { (labels(job: sample.job, store: sample.store), $0) } }
        }
        family(
            "last_run_timestamp_seconds",
            "When the newest run of the job for the store started (seconds since the epoch).",
            perJob { $0.lastRun.map(seconds) }
        )
        family(
            "last_success_timestamp_seconds",
            "When the newest successful run of the job for the store finished (seconds since the epoch).",
            perJob { $0.lastSuccess.map(seconds) }
        )
        family(
            "last_duration_seconds",
            "How long the newest finished run took.",
            perJob { $0.durationSeconds.map(number) }
        )
        var records: [(labels: String, value: String)] = []
        for sample in jobs {
            for (outcome, count) in [
                ("processed", sample.processed), ("succeeded", sample.succeeded), ("failed", sample.failed),
                ("warning", sample.warnings),
            ] {
                records.append(
                    (labels(job: sample.job, store: sample.store) + ",outcome=\"\(outcome)\"", String(count))
                )
            }
        }
        family("last_run_records", "Records of the newest run by outcome.", records)
        family(
            "last_run_rate_limited",
            "HTTP 429 answers the newest run drew despite the shared budgets.",
            perJob { $0.rateLimited.map(String.init) }
        )
        family(
            "last_run_retries",
            "HTTP retries the newest run made (for any reason, 429s included).",
            perJob { $0.retries.map(String.init) }
        )
        family(
            "license_key_days_left",
            "Days until the store's RMS license key expires (negative once expired).",
            snapshot.licenseDaysLeft.sorted { $0.key < $1.key }.map {
                ("store=\"\(escape($0.key))\"", String($0.value))
            }
        )
        lines.append("# HELP rakuten_sync_outbox_backlog Alert mails waiting in the outbox.")
        lines.append("# TYPE rakuten_sync_outbox_backlog gauge")
        lines.append("rakuten_sync_outbox_backlog \(snapshot.outboxBacklog)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `job="…",store="…"` with the values escaped.
    private static func labels(job: String, store: String) -> String {
        "job=\"\(escape(job))\",store=\"\(escape(store))\""
    }

    /// Escapes a label value: backslash, double quote and newline.
    package static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Whole seconds since the epoch.
    private static func seconds(_ date: Date) -> String {
        String(Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// A duration with millisecond precision, without a trailing fraction for whole numbers.
    private static func number(_ value: Double) -> String {
        let milliseconds = (value * 1000).rounded()
        if milliseconds.truncatingRemainder(dividingBy: 1000) == 0 { return String(Int64(milliseconds / 1000)) }
        return String(milliseconds / 1000)
    }
}
