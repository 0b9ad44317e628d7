/// One record-level problem of a run, as it appears in the run's CSV report and alert mail.
///
/// The columns are fixed by design.md §4.6: `run_id, job, store, severity, code, rakuten_order_number,
/// rakuten_sku, smaregi_id, message_ja, message_en, action` (headed in Japanese, `ReportCSV.Column`).
package struct ReportRow: Sendable, Equatable, Hashable {
    /// How bad the problem is; only `error` rows count as failures and trigger alert mail.
    package enum Severity: String, Sendable, Equatable, Hashable, CaseIterable {
        case info
        case warning
        case error

        /// 情報 / 警告 / エラー: how reports and `orders explain` show the severity to the merchant.
        package var japaneseName: String {
            switch self {
            case .info: "情報"
            case .warning: "警告"
            case .error: "エラー"
            }
        }
    }

    package var severity: Severity
    /// Stable machine-readable code such as `UNMAPPED_SKU`; never reworded once shipped.
    package var code: String
    package var rakutenOrderNumber: String
    package var rakutenSKU: String
    package var smaregiID: String
    package var messageJa: String
    package var messageEn: String
    /// What the operator does to fix it, in Japanese first (merchants read it).
    package var action: String

    package init(
        severity: Severity,
        code: String,
        rakutenOrderNumber: String = "",
        rakutenSKU: String = "",
        smaregiID: String = "",
        messageJa: String,
        messageEn: String,
        action: String = ""
    ) {
        self.severity = severity
        self.code = code
        self.rakutenOrderNumber = rakutenOrderNumber
        self.rakutenSKU = rakutenSKU
        self.smaregiID = smaregiID
        self.messageJa = messageJa
        self.messageEn = messageEn
        self.action = action
    }

    /// The key that identifies "the same problem on the same record" for alert de-duplication.
    package var alertKey: String {
        [code, rakutenOrderNumber, rakutenSKU, smaregiID].joined(separator: "|")
    }
}
