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
    /// The problem's code in the catalogue (`ReportCode`).
    package var reportCode: ReportCode
    /// The code as the report, the mail and the alert ledgers write it, such as `UNMAPPED_SKU`.
    package var code: String { reportCode.rawValue }
    package var rakutenOrderNumber: String
    package var rakutenSKU: String
    package var smaregiID: String
    package var messageJa: String
    package var messageEn: String
    /// What the operator does to fix it, in Japanese first (merchants read it).
    package var action: String

    /// A row with the given severity and action (the code's own, `code.severity` and `code.action`, are what
    /// `init(_:rakutenOrderNumber:rakutenSKU:smaregiID:messageJa:messageEn:)` uses).
    package init(
        severity: Severity,
        code: ReportCode,
        rakutenOrderNumber: String = "",
        rakutenSKU: String = "",
        smaregiID: String = "",
        messageJa: String,
        messageEn: String,
        action: String = ""
    ) {
        self.severity = severity
        self.reportCode = code
        self.rakutenOrderNumber = rakutenOrderNumber
        self.rakutenSKU = rakutenSKU
        self.smaregiID = smaregiID
        self.messageJa = messageJa
        self.messageEn = messageEn
        self.action = action
    }

    /// A row of `code` with the catalogue's severity and action (`ReportCode.severity`, `ReportCode.action`).
    package init(
        _ code: ReportCode,
        rakutenOrderNumber: String = "",
        rakutenSKU: String = "",
        smaregiID: String = "",
        messageJa: String,
        messageEn: String
    ) {
        self.init(
            severity: code.severity,
            code: code,
            rakutenOrderNumber: rakutenOrderNumber,
            rakutenSKU: rakutenSKU,
            smaregiID: smaregiID,
            messageJa: messageJa,
            messageEn: messageEn,
            action: code.action ?? ""
        )
    }

    /// The key that identifies "the same problem on the same record" for alert de-duplication.
    package var alertKey: String {
        Self.alertKey(code: code, rakutenOrderNumber: rakutenOrderNumber, rakutenSKU: rakutenSKU, smaregiID: smaregiID)
    }

    /// The alert key of a row with these fields; `code` as stored (a mapping's recorded reason code).
    package static func alertKey(
        code: String,
        rakutenOrderNumber: String = "",
        rakutenSKU: String = "",
        smaregiID: String = ""
    ) -> String {
        [code, rakutenOrderNumber, rakutenSKU, smaregiID].joined(separator: "|")
    }
}
