import SyncStore

/// Whether a store's Smaregi connection has what a switched-on job needs, checked when the switch is turned on
/// (issue #13 §4: `store set --orders on` without a Smaregi connection warns at once, not at the first run).
package enum StoreReadiness {
    /// The Smaregi fields `job` needs that `store` leaves empty, named as `store show` and `smaregi set` name them.
    package static func missingSmaregiFields(for job: JobName, in store: StoreRecord) -> [String] {
        var missing: [String] = []
        if store.smaregiContractID.isEmpty { missing.append("スマレジ契約ID (--contract-id)") }
        if store.smaregiClientID.isEmpty { missing.append("スマレジ client id (--client-id)") }
        if store.smaregiClientSecret.isEmpty { missing.append("スマレジ client secret (--new-client-secret)") }
        switch job {
        case .orders:
            if store.smaregiOrderStoreID.isEmpty { missing.append("受注店舗 (--smaregi-order-store)") }
        case .stock:
            if store.smaregiStockStoreID.isEmpty { missing.append("在庫店舗 (--smaregi-stock-store)") }
        case .shipping, .mappings:
            break
        }
        return missing
    }

    /// The two-language warning for a switched-on job whose Smaregi connection lacks fields; nil when complete.
    package static func warning(for job: JobName, store: StoreRecord) -> String? {
        let missing = missingSmaregiFields(for: job, in: store)
        guard !missing.isEmpty else { return nil }
        let fields = missing.joined(separator: ", ")
        return "警告: 店舗 \(store.code) の\(job.japaneseName)をONにしましたが、スマレジ連携情報が未設定です: \(fields)。"
            + "`rakuten-sync smaregi set --store \(store.code)` と `store set --store \(store.code)` で設定してください。\n"
            + "warning: \(job.japaneseName) (\(job.rawValue)) is on for store \(store.code) but its Smaregi connection "
            + "lacks: \(fields); the job cannot run until they are set."
    }
}
