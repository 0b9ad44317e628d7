import Foundation

/// One SKU of an item: an entry of `variants{variantId: …}` (rakuten-rms.md §5), decoded leniently.
package struct RMSItemVariant: Codable, Sendable, Equatable {
    /// システム連携用SKU番号.
    package var merchantDefinedSkuId: String?
    /// The selector value per selector key.
    package var selectorValues: [String: String]?
    /// SKU倉庫指定.
    package var hidden: Bool?
    /// 通常購入販売価格, as text (sent as string or number).
    package var standardPrice: String?
    /// カタログID (JAN).
    package var articleNumber: RMSArticleNumber?
    /// 注文キャンセル時の在庫戻し.
    package var restockOnCancel: Bool?
    /// 在庫切れ時の注文受付.
    package var backOrderFlag: Bool?
    /// 注文受付数.
    package var orderQuantityLimit: Int?

    enum CodingKeys: String, CodingKey {
        case merchantDefinedSkuId, selectorValues, hidden, standardPrice, articleNumber, restockOnCancel
        case backOrderFlag, orderQuantityLimit
    }

    /// Decodes leniently: a field of an unexpected type becomes `nil`.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        merchantDefinedSkuId = container.lenientText(forKey: .merchantDefinedSkuId)
        selectorValues = container.lenient([String: String].self, forKey: .selectorValues)
        hidden = container.lenient(Bool.self, forKey: .hidden)
        standardPrice = container.lenientText(forKey: .standardPrice)
        articleNumber = container.lenient(RMSArticleNumber.self, forKey: .articleNumber)
        restockOnCancel = container.lenient(Bool.self, forKey: .restockOnCancel)
        backOrderFlag = container.lenient(Bool.self, forKey: .backOrderFlag)
        orderQuantityLimit = container.lenient(Int.self, forKey: .orderQuantityLimit)
    }
}
