import Foundation

/// One SKU of an item.
struct RakutenVariant: Sendable, Equatable {
    var variantId: String
    var price: Int
    var merchantDefinedSkuId: String?
    var articleNumber: String?
    /// (selector key, value) pairs in selector order.
    var selectorValues: [(key: String, value: String)]
    var hidden: Bool

    static func == (lhs: RakutenVariant, rhs: RakutenVariant) -> Bool {
        lhs.variantId == rhs.variantId && lhs.price == rhs.price && lhs.merchantDefinedSkuId == rhs.merchantDefinedSkuId
            && lhs.selectorValues.map(\.key) == rhs.selectorValues.map(\.key)
            && lhs.selectorValues.map(\.value) == rhs.selectorValues.map(\.value)
    }

    /// `skuInfo` of an order line: `項目名:選択肢` lines joined by `\n`, `nil` for single-SKU items (§3.3 SkuModel).
    var skuInfo: String? {
        selectorValues.isEmpty ? nil : selectorValues.map { "\($0.key):\($0.value)" }.joined(separator: "\n")
    }
}
