import SyncCore
import SyncStore

/// Builds the order transform's mapping questions (`OrderResolvers`) from a store's stored mappings.
///
/// Product lines resolve through `ProductMappingIndex` (only 連携済み mappings give a product; エラー and 未確認
/// hold the order with the reason); payments through `payment_mappings` by `SettlementMethod.key`.
package enum MappingResolvers {
    /// The resolvers for `store`, read once (call it once per run).
    package static func load(database: SyncDatabase, store: String) throws(SyncJobsError) -> OrderResolvers {
        let index = try SyncJobsError.database("read product mappings") {
            ProductMappingIndex(
                try ProductMappingRepository(database: database).list(store: store).map(ProductMapping.init)
            )
        }
        let payments = try SyncJobsError.database("read payment mappings") {
            try PaymentMappingRepository(database: database).all(store: store)
        }
        return OrderResolvers(
            product: { lookup in index.productResolution(for: lookup) },
            payment: { lookup in payments[lookup.mappingKey].map { .mapped(paymentMethodID: $0) } ?? .unmapped }
        )
    }
}
