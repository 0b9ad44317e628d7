/// One quantity the stock job sends (or decided not to send) for a SKU, with what it was computed from.
package struct StockPush: Sendable, Equatable {
    /// 商品管理番号 (lower case).
    package var manageNumber: String
    /// SKU管理番号.
    package var variantId: String
    /// The Smaregi product.
    package var productId: Int
    /// The ABSOLUTE quantity for Rakuten, 0…99999.
    package var quantity: Int
    /// The Smaregi stock used (0 for a product without a stock row).
    package var smaregiStock: Int
    /// The pending units held back.
    package var pending: Int

    /// A push.
    package init(
        manageNumber: String,
        variantId: String,
        productId: Int,
        quantity: Int,
        smaregiStock: Int,
        pending: Int
    ) {
        self.manageNumber = manageNumber
        self.variantId = variantId
        self.productId = productId
        self.quantity = quantity
        self.smaregiStock = smaregiStock
        self.pending = pending
    }

    /// `manageNumber/variantId`.
    package var skuText: String { "\(manageNumber)/\(variantId)" }
}
