/// What `mapping suggest` matches a Rakuten SKU's value against Smaregi's 商品コード with (issue #13 §3).
package enum MappingSuggestBasis: String, Sendable, Equatable, CaseIterable {
    /// The SKU's JAN (`articleNumber.value`) ↔ 商品コード, compared as GTINs (`MappingSuggester.comparisonKey`).
    case jan
    /// SKU管理番号 (`variantId`) ↔ 商品コード.
    case skuCode = "sku-code"
    /// システム連携用SKU番号 (`merchantDefinedSkuId`) ↔ 商品コード.
    case merchantSKU = "merchant-sku"

    /// The Rakuten field's name as the merchant reads it in RMS.
    package var fieldName: String {
        switch self {
        case .jan: "JAN (articleNumber)"
        case .skuCode: "SKU管理番号"
        case .merchantSKU: "システム連携用SKU番号"
        }
    }

    /// The value of `sku` this basis compares (`""` when the SKU has none).
    package func value(of sku: SuggestRakutenSKU) -> String {
        switch self {
        case .jan: sku.articleNumber
        case .skuCode: sku.variantId
        case .merchantSKU: sku.merchantDefinedSkuId
        }
    }
}
