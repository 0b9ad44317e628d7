import SyncStore

extension StoreRecord {
    /// The Smaregi 受注店舗 ID the orders job creates 受注 in; throws `configuration` when it is not set.
    func smaregiOrderStore() throws(SyncJobsError) -> Int {
        guard let id = Int(smaregiOrderStoreID), id > 0 else {
            throw .configuration(
                store: code,
                problem:
                    "スマレジの受注店舗が未設定です。`rakuten-sync store set \(code) --smaregi-order-store ID` で設定してください "
                    + "(no Smaregi 受注店舗 is set)"
            )
        }
        return id
    }
}
