import Foundation

/// An item (商品) of a sandbox shop with its SKUs (rakuten-rms.md §4.4, §5).
///
/// Legacy 項目選択肢別在庫 items keep their 横軸/縦軸 choices in `legacy`; each choice combination is also a
/// SKU in `variants` (as RMS shows an item after the SKU migration), but orders placed with legacy options
/// come out in the pre-migration shape (see docs/sandbox.md, "Legacy items").
struct RakutenItem: Sendable, Equatable {
    var manageNumber: String
    var itemNumber: String
    var itemId: Int
    var title: String
    /// `includeTaxFlag`: true = 税込 price.
    var taxIncluded: Bool
    /// Percent: 10, 8 or 0.
    var taxRatePercent: Int
    /// false = 在庫設定なし (orders never lower stock; `unlimitedInventoryFlag`).
    var inventoryManaged: Bool
    /// Whether a cancellation with restoreInventoryFlag 0 returns the stock.
    var restockOnCancel: Bool
    var selectorKeys: [String]
    var variants: [RakutenVariant]
    var legacy: RakutenLegacyOptions?
    var created: Date
    var updated: Date

    func variant(_ variantId: String) -> RakutenVariant? { variants.first { $0.variantId == variantId } }
}
