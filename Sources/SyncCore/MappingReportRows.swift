/// The report rows of the mapping check (issue #4): one error row per mapping in error, and a warning row
/// `MAPPING_RECOVERED` when a mapping that was in error is 連携済み again (mailed once, like a new failure).
package enum MappingReportRows {
    /// The code of the recovery row, as the alert ledger keys it.
    package static let recoveredCode = ReportCode.mappingRecovered.rawValue

    /// The row for a mapping in error: the first problem's code, every problem's message.
    package static func errorRow(_ mapping: ProductMapping, verdict: MappingVerdict) -> ReportRow {
        ReportRow(
            severity: .error,
            code: verdict.problems.first?.code ?? .mappingInError,
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
            .mappingRecovered,
            rakutenSKU: mapping.key.displayText,
            smaregiID: smaregiField(mapping),
            messageJa: "商品連携 \(mapping.key.displayText) は連携済みに戻りました (前回: \(previousCode))",
            messageEn: "Product mapping \(mapping.key.displayText) is OK again (was \(previousCode))"
        )
    }

    /// The alert-ledger record key of a row with `code` (as recorded on the mapping) for `mapping` (the same as
    /// `ReportRow.alertKey`).
    package static func alertRecordKey(_ mapping: ProductMapping, code: String) -> String {
        ReportRow.alertKey(code: code, rakutenSKU: mapping.key.displayText, smaregiID: smaregiField(mapping))
    }

    /// The Smaregi column of a mapping's rows: the id, else the code.
    package static func smaregiField(_ mapping: ProductMapping) -> String {
        if let id = mapping.smaregiProductID { return String(id) }
        return mapping.smaregiProductCode ?? ""
    }
}
