/// `GET /_sandbox/rakuten/shops/{shop}/inventory` (docs/sandbox.md, Rakuten control API): every inventory row RMS
/// holds for the shop.
package struct RakutenInventoryList: Decodable, Sendable, Equatable {
    /// The rows, in the sandbox's order.
    package var inventories: [RakutenInventoryRow]

    /// Every quantity by `manageNumber/variantId`.
    package var quantities: [String: Int] {
        Dictionary(inventories.map { ("\($0.manageNumber)/\($0.variantId)", $0.quantity) }) { first, _ in first }
    }
}

/// One inventory row: `GET /_sandbox/rakuten/shops/{shop}/inventory/{manageNumber}/{variantId}`, or one entry of
/// `RakutenInventoryList`.
package struct RakutenInventoryRow: Decodable, Sendable, Equatable {
    /// The item's 商品管理番号.
    package var manageNumber: String
    /// The SKU's variant id.
    package var variantId: String
    /// Rakuten's stock of the SKU.
    package var quantity: Int
}
