import SmaregiAPI
import SyncStore

extension ConnectionCheck {
    /// The 受注店舗 half of the Smaregi verdict: the configured id must be a 受注店舗 (order-shipment `/stores/{id}`),
    /// not paused; when the answer names the store its 受注 allocate stock from and that is not the stock store, the
    /// side stays 正常 with a warning (orders would lower another store's stock than the one pushed to Rakuten).
    static func checkOrderStore(
        _ store: StoreRecord,
        client: SmaregiClient,
        posStores: [SmaregiStore],
        detail: String
    ) throws -> Side {
        let configured = store.smaregiOrderStoreID
        guard !configured.isEmpty else {
            let missing = "受注店舗 未設定 (order store not set: `store set --store \(store.code) --smaregi-order-store ID`)"
            let warning = "受注取得がONですが受注店舗が未設定です / orders are on but no order store is set"
            return Side(isOK: true, detail: detail + "; " + missing, warnings: store.ordersEnabled ? [warning] : [])
        }
        guard let id = Int(configured), let orderStore = try client.orderStore(id: id) else {
            if let pos = posStores.first(where: { String($0.id) == configured }) {
                let kind = pos.division == .warehouse ? "倉庫" : "通常店舗"
                let english = pos.division == .warehouse ? "a warehouse" : "a normal store"
                return Side(
                    isOK: false,
                    detail: "受注店舗ID \(configured) は\(kind)「\(pos.name)」で、受注店舗ではありません。"
                        + "`rakuten-sync smaregi stores --store \(store.code)` で受注店舗を確認してください "
                        + "(order store \(configured) is \(english), not a 受注店舗; Smaregi would refuse every order)"
                )
            }
            return Side(
                isOK: false,
                detail: "受注店舗ID \(configured) がスマレジにありません (order store \(configured) not found among the "
                    + "contract's 受注店舗; see `rakuten-sync smaregi stores --store \(store.code)`)"
            )
        }
        guard !orderStore.isPaused else {
            return Side(
                isOK: false,
                detail: "受注店舗 \(configured)「\(orderStore.name)」は休止中です (order store \(configured) is paused; "
                    + "Smaregi refuses orders for it)"
            )
        }
        var result = detail + "; 受注店舗 \(configured) \(orderStore.name) OK"
        var warnings: [String] = []
        if let allocation = orderStore.stockStoreId {
            result += " (在庫引当元 / allocates from \(allocation))"
            let stock = store.smaregiStockStoreID
            if !stock.isEmpty, String(allocation) != stock {
                warnings.append(
                    "受注店舗 \(configured) の在庫引当元は店舗 \(allocation) ですが、楽天に反映する在庫店舗は \(stock) です。"
                        + "取り込んだ受注は店舗 \(allocation) の在庫を減らし、楽天の在庫は店舗 \(stock) から計算されます / "
                        + "order store \(configured) allocates stock from store \(allocation), but the stock store pushed "
                        + "to Rakuten is \(stock): imported orders lower another store's stock than the one Rakuten shows"
                )
            }
        } else {
            result += " (在庫引当元はAPIの応答にないため未確認 / allocation store not reported, not checked)"
        }
        return Side(isOK: true, detail: result, warnings: warnings)
    }
}
