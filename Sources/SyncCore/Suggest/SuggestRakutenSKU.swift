/// One Rakuten SKU as `mapping suggest` sees it (read from items.search, rakuten-rms.md §5).
package struct SuggestRakutenSKU: Sendable, Equatable {
    /// 商品管理番号 (lower case).
    package var manageNumber: String
    /// SKU管理番号.
    package var variantId: String
    /// JAN (`articleNumber.value`), `""` when none.
    package var articleNumber: String
    /// システム連携用SKU番号, `""` when none.
    package var merchantDefinedSkuId: String
    /// 商品名.
    package var itemName: String
    /// The SKU's choices (`サイズ:M / カラー:白`), `""` for a single-SKU item.
    package var choiceName: String

    /// An SKU; `manageNumber` is lower-cased like every mapping key.
    package init(
        manageNumber: String,
        variantId: String,
        articleNumber: String = "",
        merchantDefinedSkuId: String = "",
        itemName: String = "",
        choiceName: String = ""
    ) {
        self.manageNumber = manageNumber.lowercased()
        self.variantId = variantId
        self.articleNumber = articleNumber
        self.merchantDefinedSkuId = merchantDefinedSkuId
        self.itemName = itemName
        self.choiceName = choiceName
    }

    /// The mapping key of this SKU.
    package var key: ProductMappingKey { .sku(manageNumber, variantId) }
}
