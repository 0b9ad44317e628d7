import Foundation
import SyncCore

/// The text of an alert mail (アラートメール): Japanese first, English beside it, one block per problem.
package struct AlertMail: Sendable, Equatable {
    /// The subject line.
    package let subject: String
    /// The plain-text body.
    package let body: String

    /// How many problems are listed in full; the rest are counted and left to the attached report.
    package static let listedRows = 100

    /// Composes the mail for the new problems of one run.
    package init(
        rows: [ReportRow],
        job: JobName,
        storeName: String,
        storeCode: String,
        runID: Int64,
        at date: Date,
        dedupHours: Int,
        reportPath: String?
    ) {
        let errors = rows.filter { $0.severity == .error }.count
        let warnings = rows.filter { $0.severity == .warning }.count
        var counts: [String] = []
        if errors > 0 { counts.append("エラー\(errors)件") }
        if warnings > 0 { counts.append("警告\(warnings)件") }
        subject = "【rakuten-sync】\(storeName) \(job.japaneseName): \(counts.joined(separator: "・")) (run \(runID))"

        var lines = [
            "rakuten-sync アラート / alert",
            "",
            "店舗 / store:  \(storeName) (\(storeCode))",
            "処理 / job:    \(job.japaneseName) (\(job.rawValue))",
            "実行ID / run:  \(runID)",
            "日時 / time:   \(JSTCalendar.displayString(date)) JST",
            "新しい問題 / new problems: エラー \(errors) (errors), 警告 \(warnings) (warnings)",
            "",
        ]
        for row in rows.prefix(Self.listedRows) {
            let label = row.severity == .error ? "エラー/ERROR" : "警告/WARNING"
            var subjectParts: [String] = []
            if !row.rakutenOrderNumber.isEmpty { subjectParts.append("注文番号 \(row.rakutenOrderNumber)") }
            if !row.rakutenSKU.isEmpty { subjectParts.append("SKU \(row.rakutenSKU)") }
            if !row.smaregiID.isEmpty { subjectParts.append("スマレジ \(row.smaregiID)") }
            lines.append("[\(label)] \(row.code)  \(subjectParts.joined(separator: "  "))")
            lines.append("  \(row.messageJa)")
            lines.append("  \(row.messageEn)")
            if !row.action.isEmpty { lines.append("  対処 / fix: \(row.action)") }
            lines.append("")
        }
        if rows.count > Self.listedRows {
            lines.append(
                "…ほか\(rows.count - Self.listedRows)件はレポートを参照してください (\(rows.count - Self.listedRows) more in the report)."
            )
            lines.append("")
        }
        if let reportPath {
            lines.append("レポート / report: \(reportPath) (添付 / attached)")
        }
        lines.append("同じ問題は\(dedupHours)時間以内に再送しません / the same problem is not mailed again within \(dedupHours) hours.")
        body = lines.joined(separator: "\n") + "\n"
    }
}
