import Foundation

/// An item of ItemAPI 2.0 (`items.get`, `items.bulk.get`), reduced to the fields the sync uses (rakuten-rms.md §5).
///
/// Decoding is lenient: the documented types and the official samples disagree for several fields (for example
/// `standardPrice` and `payment.taxRate` are strings in the doc and numbers in samples), so a field of an
/// unexpected type decodes as `nil` instead of failing the whole item. Timestamps use `+09:00`.
package struct RMSItem: Codable, Sendable, Equatable {
    /// 商品管理番号 (lower case).
    package var manageNumber: String
    /// 商品番号.
    package var itemNumber: String?
    /// 商品名.
    package var title: String?
    /// 商品種別: `NORMAL`, `PRE_ORDER`, `SUBSCRIPTION`, `BUYING_CLUB`.
    package var itemType: String?
    /// 倉庫指定.
    package var hideItem: Bool?
    /// 在庫数無制限フラグ.
    package var unlimitedInventoryFlag: Bool?
    /// 支払い設定 (tax).
    package var payment: RMSItemPayment?
    /// バリエーション項目 (up to 6 axes).
    package var variantSelectors: [RMSVariantSelector]?
    /// SKUs keyed by variantId.
    package var variants: [String: RMSItemVariant]?
    /// 作成日時, `+09:00`.
    package var created: String?
    /// 更新日時, `+09:00`.
    package var updated: String?

    enum CodingKeys: String, CodingKey {
        case manageNumber, itemNumber, title, itemType, hideItem, unlimitedInventoryFlag, payment
        case variantSelectors, variants, created, updated
    }

    /// Decodes leniently (see the type's summary); only `manageNumber` is required.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        manageNumber = try container.decode(String.self, forKey: .manageNumber)
        itemNumber = container.lenientText(forKey: .itemNumber)
        title = container.lenient(String.self, forKey: .title)
        itemType = container.lenient(String.self, forKey: .itemType)
        hideItem = container.lenient(Bool.self, forKey: .hideItem)
        unlimitedInventoryFlag = container.lenient(Bool.self, forKey: .unlimitedInventoryFlag)
        payment = container.lenient(RMSItemPayment.self, forKey: .payment)
        variantSelectors = container.lenient([RMSVariantSelector].self, forKey: .variantSelectors)
        variants = container.lenient([String: RMSItemVariant].self, forKey: .variants)
        created = container.lenient(String.self, forKey: .created)
        updated = container.lenient(String.self, forKey: .updated)
    }

    /// The variantIds of this item, sorted.
    package var variantIds: [String] { (variants ?? [:]).keys.sorted() }
}
