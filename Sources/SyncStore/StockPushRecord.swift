import Foundation

/// One row of `stock_pushes`: the last quantity Rakuten accepted for one SKU of a store (issue #6, design.md §5).
package struct StockPushRecord: Sendable, Equatable {
    /// 商品管理番号 (lower case, as the mappings store it).
    package var manageNumber: String
    /// SKU管理番号.
    package var variantId: String
    /// The Smaregi product the quantity came from.
    package var productId: Int
    /// The quantity Rakuten accepted (0…99999).
    package var quantity: Int
    /// The Smaregi stock the quantity was computed from (updated by later runs that pushed nothing).
    package var smaregiStock: Int
    /// The pending units held back (updated likewise).
    package var pending: Int
    /// When Rakuten accepted the push.
    package var pushedAt: Date
    /// The run that pushed it.
    package var runID: Int64

    /// A row.
    package init(
        manageNumber: String,
        variantId: String,
        productId: Int,
        quantity: Int,
        smaregiStock: Int,
        pending: Int,
        pushedAt: Date,
        runID: Int64
    ) {
        self.manageNumber = manageNumber
        self.variantId = variantId
        self.productId = productId
        self.quantity = quantity
        self.smaregiStock = smaregiStock
        self.pending = pending
        self.pushedAt = pushedAt
        self.runID = runID
    }
}
