/// The mappings of one store, indexed for resolving Rakuten order lines and SKUs (orders #5, stock #6).
///
/// Resolution rules (issue #4): `manageNumber` is compared lower-cased, `variantId` exactly; a line without a
/// variantId (an order from before the SKU migration) is resolved through its legacy 横軸/縦軸 key. Only a
/// mapping in status 連携済み resolves to a product; one in エラー or 未確認 stops that record with the reason.
package struct ProductMappingIndex: Sendable {
    /// What a Rakuten SKU resolves to.
    package enum Resolution: Sendable, Equatable {
        /// A usable mapping: the Smaregi product id to use.
        case product(id: Int, mapping: ProductMapping)
        /// No mapping for this SKU.
        case unmapped(ProductMappingKey)
        /// A mapping exists but is not 連携済み (エラー or 未確認); the record is skipped.
        case unusable(ProductMapping)
    }

    private var byKey: [ProductMappingKey: ProductMapping] = [:]

    /// An index over `mappings` (one store's).
    package init(_ mappings: [ProductMapping]) {
        for mapping in mappings { byKey[mapping.key] = mapping }
    }

    /// Resolves an SKU key.
    package func resolve(_ key: ProductMappingKey) -> Resolution {
        let normalized: ProductMappingKey =
            switch key {
            case let .sku(manageNumber, variantId): .sku(manageNumber, variantId)
            case let .legacy(manageNumber, horizontal, vertical):
                .legacy(manageNumber, horizontal: horizontal, vertical: vertical)
            }
        guard let mapping = byKey[normalized] else { return .unmapped(normalized) }
        guard mapping.status.isUsable, let id = mapping.resolvedProductID ?? mapping.smaregiProductID else {
            return .unusable(mapping)
        }
        return .product(id: id, mapping: mapping)
    }
}
