import Logging
import SyncCore
import SyncStore

extension RunContext {
    /// Whether the store has no Smaregi connection yet (a store still being set up, with the job switched on). When
    /// it has none, reports `SMAREGI_NOT_CONFIGURED` (a warning, mailed once) and logs it: the job then does nothing
    /// and the run exits 0, the same for 受注取得, 在庫更新 and 発送済みステータス.
    mutating func skipsWithoutSmaregi() -> Bool {
        guard store.smaregiContractID.isEmpty else { return false }
        report(Self.smaregiNotConfigured(store.code, job: job))
        logger.notice("store \(store.code) has no Smaregi connection; \(job.japaneseName) does nothing")
        return true
    }

    /// The `SMAREGI_NOT_CONFIGURED` row of `job`.
    static func smaregiNotConfigured(_ store: String, job: JobName) -> ReportRow {
        let (notDoneJa, notDoneEn) =
            switch job {
            case .orders: ("受注取得を行いませんでした", "no order was imported")
            case .stock: ("在庫更新を行いませんでした", "no stock was pushed")
            case .shipping: ("発送済みステータスを送信しませんでした", "no shipment was reported")
            case .mappings: ("商品連携チェックを行いませんでした", "no mapping was checked")
            }
        return ReportRow(
            severity: .warning,
            code: .smaregiNotConfigured,
            messageJa: "スマレジ連携情報が未設定のため、\(notDoneJa)。",
            messageEn: "The store has no Smaregi connection, so \(notDoneEn).",
            action:
                "`rakuten-sync smaregi set --store \(store)` で契約ID・client id・secret を設定してください。 / Set up the Smaregi connection."
        )
    }
}
