/// The report rows of the mapping check (issue #4): one error row per mapping in error, and a warning row
/// `MAPPING_RECOVERED` when a mapping that was in error is 連携済み again (mailed once, like a new failure).
package enum MappingReportRows {
    /// The code of the recovery row.
    package static let recoveredCode = "MAPPING_RECOVERED"

    /// The row for a mapping in error: the first problem's code, every problem's message.
    package static func errorRow(_ mapping: ProductMapping, verdict: MappingVerdict) -> ReportRow {
        ReportRow(
            severity: .error,
            code: verdict.reasonCode,
            rakutenSKU: mapping.key.displayText,
            smaregiID: smaregiField(mapping),
            messageJa: "商品連携エラー: " + verdict.problems.map(\.messageJa).joined(separator: "。"),
            messageEn: "Product mapping in error: " + verdict.problems.map(\.messageEn).joined(separator: "; "),
            action: verdict.problems.map(\.action).joined(separator: " / ")
        )
    }

    /// The row for a mapping that was in error (with `previousCode`) and is 連携済み now.
    package static func recoveredRow(_ mapping: ProductMapping, previousCode: String) -> ReportRow {
        ReportRow(
            severity: .warning,
            code: recoveredCode,
            rakutenSKU: mapping.key.displayText,
            smaregiID: smaregiField(mapping),
            messageJa: "商品連携 \(mapping.key.displayText) は連携済みに戻りました (前回: \(previousCode))",
            messageEn: "Product mapping \(mapping.key.displayText) is OK again (was \(previousCode))",
            action: "対応不要 (no action needed)"
        )
    }

    /// The alert-ledger record key of an error row with `code` for `mapping` (the same as `ReportRow.alertKey`).
    package static func alertRecordKey(_ mapping: ProductMapping, code: String) -> String {
        ReportRow(
            severity: .error,
            code: code,
            rakutenSKU: mapping.key.displayText,
            smaregiID: smaregiField(mapping),
            messageJa: "",
            messageEn: ""
        ).alertKey
    }

    /// The Smaregi column of a mapping's rows: the id, else the code.
    package static func smaregiField(_ mapping: ProductMapping) -> String {
        if let id = mapping.smaregiProductID { return String(id) }
        return mapping.smaregiProductCode ?? ""
    }
}
