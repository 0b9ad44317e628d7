import Foundation

/// The columns of a mapping CSV and the header names accepted for each (documented in the README).
///
/// Headers are matched after NFKC normalisation (full-width letters and brackets become ASCII), lower-casing
/// and removing spaces, `_`, `-`, `(`, `)` and `（）`, so `商品管理番号（商品URL）` as RMS writes it,
/// `manage_number` and `ManageNumber` all match. Unknown columns are ignored (RMS downloads carry many).
package enum MappingColumn: String, Sendable, Equatable, CaseIterable {
    case manageNumber = "商品管理番号"
    case variantId = "SKU管理番号"
    case horizontal = "横軸"
    case vertical = "縦軸"
    case smaregiCode = "スマレジ商品コード"
    case smaregiID = "スマレジ商品ID"
    case safetyStock = "安全在庫"

    /// The header names accepted for this column, as documented.
    package var aliases: [String] {
        switch self {
        case .manageNumber:
            ["商品管理番号", "商品管理番号（商品URL）", "商品URL", "manage_number", "manageNumber", "item_url", "itemUrl"]
        case .variantId:
            ["SKU管理番号", "variant_id", "variantId", "sku"]
        case .horizontal:
            ["横軸", "横軸選択肢", "項目選択肢別在庫用横軸選択肢", "horizontal", "horizontal_option"]
        case .vertical:
            ["縦軸", "縦軸選択肢", "項目選択肢別在庫用縦軸選択肢", "vertical", "vertical_option"]
        case .smaregiCode:
            ["スマレジ商品コード", "smaregi_code", "smaregi_product_code", "product_code"]
        case .smaregiID:
            ["スマレジ商品ID", "smaregi_id", "smaregi_product_id", "product_id"]
        case .safetyStock:
            ["安全在庫", "安全在庫数", "safety_stock"]
        }
    }

    /// The English header this project writes (`mapping export`).
    package var englishHeader: String {
        switch self {
        case .manageNumber: "manage_number"
        case .variantId: "variant_id"
        case .horizontal: "horizontal"
        case .vertical: "vertical"
        case .smaregiCode: "smaregi_code"
        case .smaregiID: "smaregi_id"
        case .safetyStock: "safety_stock"
        }
    }

    /// The column a header names, or nil for a column the importer ignores.
    package static func matching(header: String) -> MappingColumn? {
        lookup[normalized(header)]
    }

    private static let lookup: [String: MappingColumn] = {
        var table: [String: MappingColumn] = [:]
        for column in MappingColumn.allCases {
            for alias in column.aliases { table[normalized(alias)] = column }
        }
        return table
    }()

    /// The comparison form of a header (see the type's summary).
    package static func normalized(_ header: String) -> String {
        let folded = header.precomposedStringWithCompatibilityMapping.lowercased()
        let dropped: Set<Character> = [" ", "\t", "_", "-", "(", ")", "\u{FEFF}", "\u{3000}", "\""]
        return String(folded.filter { !dropped.contains($0) })
    }
}
