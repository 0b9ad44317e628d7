import Foundation

/// An item (商品) of a sandbox shop with its SKUs (reference §4.4, §5).
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

/// The 横軸/縦軸 choices of a legacy 項目選択肢別在庫 item (reference §4.3, §4.4).
struct RakutenLegacyOptions: Sendable, Equatable {
    struct Choice: Sendable, Equatable {
        var name: String
        var childNumber: String
    }

    struct Combination: Sendable, Equatable {
        var horizontal: String
        var vertical: String?
        var variantId: String
    }

    var horizontalName: String
    var verticalName: String?
    var horizontal: [Choice]
    var vertical: [Choice]
    var combinations: [Combination]

    func combination(horizontal: String, vertical: String?) -> Combination? {
        combinations.first { $0.horizontal == horizontal && $0.vertical == vertical }
    }

    func childNumber(horizontal: String, vertical: String?) -> String {
        let h = self.horizontal.first { $0.name == horizontal }?.childNumber ?? ""
        let v = vertical.flatMap { name in self.vertical.first { $0.name == name }?.childNumber } ?? ""
        return h + v
    }
}

/// A (manageNumber, variantId) pair; manageNumber lower-cased, variantId case-sensitive (§4.1).
struct RakutenSKUKey: Sendable, Hashable, Comparable {
    var manageNumber: String
    var variantId: String

    init(manageNumber: String, variantId: String) {
        self.manageNumber = manageNumber.lowercased()
        self.variantId = variantId
    }

    static func < (lhs: RakutenSKUKey, rhs: RakutenSKUKey) -> Bool {
        (lhs.manageNumber, lhs.variantId) < (rhs.manageNumber, rhs.variantId)
    }
}

/// One inventory row of InventoryAPI 2.x.
struct RakutenInventoryRow: Sendable, Equatable {
    var key: RakutenSKUKey
    var quantity: Int
    var created: Date
    var updated: Date
    var normalDeliveryTimeId: Int?
    var backOrderDeliveryTimeId: Int?
    var shipFromIds: [Int]?
    /// Created by an upsert for a SKU that no item has (purged 24 h after its last update, §4.1).
    var isOrphan: Bool

    /// The row as the inventory API returns it; 2.1 adds lead times and ship-from ids when set.
    func json(version21: Bool) -> SandboxJSON {
        var object = SandboxJSONObject()
        object["manageNumber"] = .string(key.manageNumber)
        object["variantId"] = .string(key.variantId)
        object["quantity"] = .int(quantity)
        if version21 {
            if normalDeliveryTimeId != nil || backOrderDeliveryTimeId != nil {
                var lead = SandboxJSONObject()
                if let normalDeliveryTimeId { lead["normalDeliveryTimeId"] = .int(normalDeliveryTimeId) }
                if let backOrderDeliveryTimeId { lead["backOrderDeliveryTimeId"] = .int(backOrderDeliveryTimeId) }
                object["operationLeadTime"] = .object(lead)
            }
            if let shipFromIds, !shipFromIds.isEmpty { object["shipFromIds"] = .array(shipFromIds.map { .int($0) }) }
        }
        object["created"] = .string(RakutenDates.isoDatetime(created))
        object["updated"] = .string(RakutenDates.isoDatetime(updated))
        return .object(object)
    }
}
