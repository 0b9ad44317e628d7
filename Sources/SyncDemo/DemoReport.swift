import Foundation

/// Reads back a run's CSV report for the demo's summary.
package enum DemoReport {
    /// `CODE×n` for each report code, most frequent first (`UNMAPPED_SKU×1, LICENSE_EXPIRING×1`).
    package static func codeCounts(_ path: String) -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return "?" }
        var counts: [String: Int] = [:]
        // The code is the fifth column; the four before it (run, job, store, severity) never hold commas.
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count > 4, Int(fields[0]) != nil else { continue }
            counts[String(fields[4]), default: 0] += 1
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key)×\($0.value)" }
            .joined(separator: ", ")
    }
}
