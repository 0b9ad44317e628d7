/// The Rakuten side of a product mapping: one SKU, in the SKU form or the legacy 横軸/縦軸 form.
///
/// Rakuten lower-cases `manageNumber` and keeps `variantId` case-sensitive (rakuten-rms.md §4.1), so the key stores
/// `manageNumber` lower-cased and everything else exactly as given. Legacy keys (商品URL + 横軸 + 縦軸 option
/// names, for items still on 項目選択肢別在庫 or orders placed before the SKU migration, rakuten-rms.md §4.4) compare
/// their option names exactly.
package enum ProductMappingKey: Sendable, Equatable, Hashable {
    /// manageNumber (lower-cased) + variantId (case-sensitive).
    case sku(manageNumber: String, variantId: String)
    /// 商品URL (= manageNumber, lower-cased) + 横軸 choice name + 縦軸 choice name (`""` when the item has one axis).
    case legacy(manageNumber: String, horizontal: String, vertical: String)

    /// An SKU key, normalising `manageNumber` to lower case.
    package static func sku(_ manageNumber: String, _ variantId: String) -> ProductMappingKey {
        .sku(manageNumber: manageNumber.lowercased(), variantId: variantId)
    }

    /// A legacy key, normalising `manageNumber` to lower case.
    package static func legacy(_ manageNumber: String, horizontal: String, vertical: String = "") -> ProductMappingKey {
        .legacy(manageNumber: manageNumber.lowercased(), horizontal: horizontal, vertical: vertical)
    }

    /// 商品管理番号, lower case.
    package var manageNumber: String {
        switch self {
        case .sku(let manageNumber, _), .legacy(let manageNumber, _, _): manageNumber
        }
    }

    /// SKU管理番号, or `""` for a legacy key.
    package var variantId: String {
        if case .sku(_, let variantId) = self { variantId } else { "" }
    }

    /// 横軸 choice, or `""` for an SKU key.
    package var horizontal: String {
        if case .legacy(_, let horizontal, _) = self { horizontal } else { "" }
    }

    /// 縦軸 choice, or `""`.
    package var vertical: String {
        if case .legacy(_, _, let vertical) = self { vertical } else { "" }
    }

    /// Whether this is the legacy 横軸/縦軸 form.
    package var isLegacy: Bool {
        if case .legacy = self { true } else { false }
    }

    /// How the key appears in reports, lists and messages: `mug/red`, or `shirt 横軸=S 縦軸=白`.
    package var displayText: String {
        switch self {
        case let .sku(manageNumber, variantId):
            "\(manageNumber)/\(variantId)"
        case let .legacy(manageNumber, horizontal, vertical):
            vertical.isEmpty
                ? "\(manageNumber) 横軸=\(horizontal)" : "\(manageNumber) 横軸=\(horizontal) 縦軸=\(vertical)"
        }
    }
}
