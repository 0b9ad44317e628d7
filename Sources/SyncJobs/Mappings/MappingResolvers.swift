import SyncCore
import SyncStore

/// Builds the order transform's mapping questions (`OrderResolvers`) from a store's stored mappings, for the
/// orders job and `orders explain` alike.
///
/// Product lines resolve through `ProductMappingIndex` (only 連携済み mappings give a product; エラー and 未確認
/// hold the order with the reason, issue #4); payments through `payment_mappings` by `SettlementMethod.key`.
package enum MappingResolvers {
    /// The resolvers for `store`, read once (call it once per run).
    package static func load(database: SyncDatabase, store: String) throws(SyncJobsError) -> OrderResolvers {
        let products = try SyncJobsError.database("read product mappings") {
            try ProductMappingRepository(database: database).list(store: store)
        }
        let payments = try SyncJobsError.database("read payment mappings") {
            try PaymentMappingRepository(database: database).all(store: store)
        }
        return OrderResolvers(
            products: ProductMappingIndex(products.map(ProductMapping.init)),
            payments: payments.sorted { $0.key < $1.key }.map {
                PaymentMapping(storeCode: store, rakutenKey: $0.key, smaregiPaymentMethodID: $0.value)
            }
        )
    }
}
