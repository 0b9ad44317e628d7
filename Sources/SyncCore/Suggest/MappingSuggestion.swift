/// One line of `mapping suggest`'s review: a Rakuten SKU, a Smaregi product, or both, and how they matched.
package struct MappingSuggestion: Sendable, Equatable {
    /// 照合結果: how the line matched.
    package enum Status: String, Sendable, Equatable, CaseIterable {
        /// 一致: exactly one Smaregi product for the SKU, and no other SKU for that product.
        case matched = "一致"
        /// 候補複数: several Smaregi products for the SKU, or several SKUs for its product (listed).
        case ambiguous = "候補複数"
        /// 楽天のみ: no Smaregi product for the SKU (or the SKU has no value to match by).
        case rakutenOnly = "楽天のみ"
        /// スマレジのみ: no Rakuten SKU for the product, which no mapping uses.
        case smaregiOnly = "スマレジのみ"
        /// 連携済み: the SKU already has a mapping (any check status); skipped, never changed.
        case alreadyMapped = "連携済み"

        /// The English label (`matched`, `ambiguous`, …).
        package var english: String {
            switch self {
            case .matched: "matched"
            case .ambiguous: "ambiguous"
            case .rakutenOnly: "rakuten-only"
            case .smaregiOnly: "smaregi-only"
            case .alreadyMapped: "already-mapped"
            }
        }
    }

    /// 照合結果.
    package var status: Status
    /// The Rakuten SKU, `nil` for スマレジのみ.
    package var sku: SuggestRakutenSKU?
    /// The Smaregi product: the match (一致) or the product alone (スマレジのみ).
    package var product: SuggestSmaregiProduct?
    /// 候補複数: every Smaregi product with the SKU's value.
    package var candidates: [SuggestSmaregiProduct] = []
    /// 候補複数: the other Rakuten SKUs with the same value, or already mapped to the one product.
    package var otherSKUs: [ProductMappingKey] = []
    /// 連携済み: the mapping the SKU already has.
    package var existing: ProductMapping?
    /// The value compared, as normalised (`MappingSuggester.comparisonKey`); `""` when there was none.
    package var comparedValue: String = ""
    /// Why the line has its status, naming the SKU / product and the field, in Japanese.
    package var noteJa: String = ""
    /// The same in English.
    package var noteEn: String = ""
}
