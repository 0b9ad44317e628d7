import Foundation
import SyncCore

/// The text of an alert mail (アラートメール): the store's name and code, then a Japanese block and an English
/// block (each message in its own language), one entry per problem; the report is attached and named by file name.
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
        subject =
            "【rakuten-sync】店舗 \(storeCode) (\(storeName)) \(job.japaneseName): \(counts.joined(separator: "・")) (run \(runID))"
        // The report is attached; the body names it by its file name only (no server path).
        let reportName = reportPath.map { URL(fileURLWithPath: $0).lastPathComponent }
        let time = "\(JSTCalendar.displayString(date)) JST"
        var ja = [
            "rakuten-sync アラート",
            "",
            "店舗: \(storeName) (店舗コード \(storeCode))",
            "処理: \(job.japaneseName)",
            "実行ID: \(runID)",
            "日時: \(time)",
            "新しい問題: エラー\(errors)件、警告\(warnings)件",
            "",
        ]
        var en = [
            "rakuten-sync alert",
            "",
            "Store: \(storeName) (store code \(storeCode))",
            "Job: \(job.rawValue)",
            "Run: \(runID)",
            "Time: \(time)",
            "New problems: \(errors) error(s), \(warnings) warning(s)",
            "",
        ]
        for row in rows.prefix(Self.listedRows) {
            var subjectJa: [String] = []
            var subjectEn: [String] = []
            if !row.rakutenOrderNumber.isEmpty {
                subjectJa.append("注文番号 \(row.rakutenOrderNumber)")
                subjectEn.append("order \(row.rakutenOrderNumber)")
            }
            if !row.rakutenSKU.isEmpty {
                subjectJa.append("SKU \(row.rakutenSKU)")
                subjectEn.append("SKU \(row.rakutenSKU)")
            }
            if !row.smaregiID.isEmpty {
                subjectJa.append("スマレジ \(row.smaregiID)")
                subjectEn.append("Smaregi \(row.smaregiID)")
            }
            let labelJa = row.severity == .error ? "エラー" : "警告"
            let labelEn = row.severity == .error ? "ERROR" : "WARNING"
            ja.append("[\(labelJa)] \(row.code)  \(subjectJa.joined(separator: "  "))")
            ja.append("  \(row.messageJa)")
            if !row.action.isEmpty { ja.append("  対処: \(row.action)") }
            ja.append("")
            en.append("[\(labelEn)] \(row.code)  \(subjectEn.joined(separator: "  "))")
            en.append("  \(row.messageEn)")
            en.append("")
        }
        if rows.count > Self.listedRows {
            ja.append("…ほか\(rows.count - Self.listedRows)件はレポートを参照してください。")
            ja.append("")
            en.append("…\(rows.count - Self.listedRows) more in the report.")
            en.append("")
        }
        if let reportName {
            ja.append("レポート: \(reportName) (添付)")
            en.append("Report: \(reportName) (attached)")
        }
        ja.append("同じ問題は\(dedupHours)時間以内に再送しません。解消したら「解消しました」のメールをお送りします。")
        en.append(
            "The same problem is not mailed again within \(dedupHours) hours; a mail saying it is over (解消しました) follows when it is."
        )
        let lines = ja + ["", "----- English -----", ""] + en
        body = lines.joined(separator: "\n") + "\n"
    }
}
