/// One Rakuten SKU the stock job considers in a run: its 連携済み mapping, what Smaregi and the order ledger say,
/// and what was last pushed (issue #6 step 2).
package struct StockCandidate: Sendable, Equatable {
    /// 商品管理番号 (lower case).
    package var manageNumber: String
    /// SKU管理番号.
    package var variantId: String
    /// The Smaregi product (the mapping's resolved id).
    package var productId: Int
    /// The Smaregi stock of the stock store; `nil` when the product has no stock row (never moved) = 0.
    package var smaregiStock: Int?
    /// Units of Rakuten orders taken but not yet in Smaregi 受注管理.
    package var pending: Int
    /// Safety stock held back: the mapping's own, else the store's.
    package var safetyStock: Int
    /// The quantity Rakuten last accepted for the SKU, `nil` when nothing was pushed yet.
    package var lastPushed: Int?
    /// What Rakuten was seen holding in this run (inventories.bulk.get), `nil` when it was not looked at. Only SKUs
    /// whose last push was capped are looked at (`StockPlanner.needsRakutenCheck`): Rakuten sells from the cap
    /// and nothing on the Smaregi side changes the planned quantity, so only Rakuten's own figure shows the drift.
    package var rakutenQuantity: Int?

    /// A candidate.
    package init(
        manageNumber: String,
        variantId: String,
        productId: Int,
        smaregiStock: Int?,
        pending: Int = 0,
        safetyStock: Int = 0,
        lastPushed: Int? = nil,
        rakutenQuantity: Int? = nil
    ) {
        self.manageNumber = manageNumber
        self.variantId = variantId
        self.productId = productId
        self.smaregiStock = smaregiStock
        self.pending = pending
        self.safetyStock = safetyStock
        self.lastPushed = lastPushed
        self.rakutenQuantity = rakutenQuantity
    }

    /// `manageNumber/variantId`, as reports show a SKU.
    package var skuText: String { "\(manageNumber)/\(variantId)" }
}
