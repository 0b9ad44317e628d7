import SyncCore

/// Report rows of the stock job itself (the planner's are `StockReportRows` in SyncCore).
enum StockJobRows {
    /// The store has no Smaregi connection yet (warning; nothing is read or pushed).
    static func smaregiNotConfigured(_ store: String) -> ReportRow {
        ReportRow(
            severity: .warning,
            code: "SMAREGI_NOT_CONFIGURED",
            messageJa: "スマレジ連携情報が未設定のため、在庫更新を行いませんでした。",
            messageEn: "The store has no Smaregi connection, so no stock was pushed.",
            action:
                "`rakuten-sync smaregi set --store \(store)` で契約ID・client id・secret を設定してください。 / Set up the Smaregi connection."
        )
    }
}
