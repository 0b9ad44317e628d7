import SyncCore

/// Report rows of the shipping job itself (the transform's are `ShippingReportRows` in SyncCore).
enum ShippingJobRows {
    /// 発送済みステータス is on but the store has no Smaregi connection yet (warning; nothing is read or sent), the
    /// same as 受注取得 and 在庫更新 for a store still being set up.
    static func smaregiNotConfigured(_ store: String) -> ReportRow {
        ReportRow(
            severity: .warning,
            code: "SMAREGI_NOT_CONFIGURED",
            messageJa: "スマレジ連携情報が未設定のため、発送済みステータスを送信しませんでした。",
            messageEn: "The store has no Smaregi connection, so no shipment was reported.",
            action:
                "`rakuten-sync smaregi set --store \(store)` で契約ID・client id・secret を設定してください。 / Set up the Smaregi connection."
        )
    }
}
