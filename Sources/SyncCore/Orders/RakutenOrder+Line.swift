extension RakutenOrder {
    /// One 商品 line of a package (`ItemModel`, rakuten-rms.md §3.3).
    package struct Line: Sendable, Equatable {
        /// 商品明細ID.
        package var itemDetailId: Int64
        /// 商品ID.
        package var itemId: Int64?
        /// 商品名.
        package var itemName: String?
        /// 商品番号; for orders placed before the SKU migration 商品番号 + 横軸子番号 + 縦軸子番号 (rakuten-rms.md §4.4).
        package var itemNumber: String?
        /// 商品管理番号 (the key into the Items and Inventory APIs).
        package var manageNumber: String
        /// Unit price as entered (tax-inclusive or not according to `includesTax`).
        package var price: Int
        /// 個数.
        package var units: Int
        /// `includeTaxFlag` 1 税込 / 0 税別.
        package var includesTax: Bool
        /// 税率.
        package var taxRate: TaxRate
        /// Tax-inclusive unit price as RMS computed it (`priceTaxIncl`); nil when RMS sent none.
        package var priceTaxIncl: Int?
        /// `selectedChoice` (項目選択肢, or 横軸/縦軸 choices on a legacy line).
        package var selectedChoice: String?
        /// `SkuModelList` (v≥7).
        package var skus: [SKU]
        /// 削除フラグ.
        package var isDeleted: Bool

        /// A line.
        package init(
            itemDetailId: Int64,
            itemId: Int64? = nil,
            itemName: String? = nil,
            itemNumber: String? = nil,
            manageNumber: String,
            price: Int,
            units: Int,
            includesTax: Bool,
            taxRate: TaxRate,
            priceTaxIncl: Int?,
            selectedChoice: String? = nil,
            skus: [SKU],
            isDeleted: Bool = false
        ) {
            self.itemDetailId = itemDetailId
            self.itemId = itemId
            self.itemName = itemName
            self.itemNumber = itemNumber
            self.manageNumber = manageNumber
            self.price = price
            self.units = units
            self.includesTax = includesTax
            self.taxRate = taxRate
            self.priceTaxIncl = priceTaxIncl
            self.selectedChoice = selectedChoice
            self.skus = skus
            self.isDeleted = isDeleted
        }

        /// The SKU管理番号, or nil when every `SkuModelList` entry has an empty one (a pre-migration order).
        package var variantId: String? {
            skus.lazy.compactMap(\.variantId).first { !$0.isEmpty }
        }

        /// Whether the line comes from before the shop's SKU migration and must be resolved by 横軸/縦軸.
        package var isLegacy: Bool { variantId == nil }

        /// The choices of `selectedChoice`.
        package var choices: RakutenSelectedChoice { RakutenSelectedChoice(parsing: selectedChoice ?? "") }
    }

    /// One `SkuModel`.
    package struct SKU: Sendable, Equatable {
        /// SKU管理番号; empty for orders placed before the SKU migration.
        package var variantId: String?
        /// システム連携用SKU番号.
        package var merchantDefinedSkuId: String?
        /// `バリエーション項目名:選択肢` lines.
        package var skuInfo: String?

        /// An SKU entry.
        package init(variantId: String?, merchantDefinedSkuId: String? = nil, skuInfo: String? = nil) {
            self.variantId = variantId
            self.merchantDefinedSkuId = merchantDefinedSkuId
            self.skuInfo = skuInfo
        }
    }
}
