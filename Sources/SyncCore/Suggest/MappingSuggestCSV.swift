import Foundation

/// The files `mapping suggest` writes (issue #13 §3): the review CSV in `mapping import`'s format, and the
/// import of its 一致 lines that `--apply` runs.
///
/// The review CSV's import columns are 商品管理番号, SKU管理番号, 横軸, 縦軸, スマレジ商品ID and スマレジ商品コード;
/// it has no 安全在庫 column, so importing it never changes a safety stock. The other columns (照合結果, 照合値,
/// 候補, names, 説明, note_en) are ignored by `mapping import`. UTF-8 with BOM and every cell formula-guarded like
/// `mapping export` (`ReportCSV.inert`, which the importer drops again).
package enum MappingSuggestCSV {
    /// The review CSV's header.
    package static let header = [
        "照合結果", MappingColumn.manageNumber.rawValue, MappingColumn.variantId.rawValue,
        MappingColumn.horizontal.rawValue,
        MappingColumn.vertical.rawValue, MappingColumn.smaregiID.rawValue, MappingColumn.smaregiCode.rawValue, "照合値",
        "候補", "楽天商品名", "楽天選択肢", "スマレジ商品名", "説明", "note_en",
    ]

    /// The review CSV: one line per suggestion, 一致 first, then 候補複数, 楽天のみ, スマレジのみ, 連携済み.
    package static func review(_ suggestions: [MappingSuggestion]) -> Data {
        var writer = CSVWriter()
        writer.append(record: header)
        let order = MappingSuggestion.Status.allCases
        for status in order {
            for line in suggestions where line.status == status {
                writer.append(record: fields(of: line).map(ReportCSV.inert))
            }
        }
        var data = Data(ReportCSV.byteOrderMark)
        data.append(contentsOf: Array(writer.text.utf8))
        return data
    }

    /// The 一致 lines as an import file (商品管理番号, SKU管理番号, スマレジ商品ID, スマレジ商品コード), for `--apply`.
    package static func matchedImport(_ suggestions: [MappingSuggestion]) -> Data {
        var writer = CSVWriter()
        writer.append(
            record: [MappingColumn.manageNumber, .variantId, .smaregiID, .smaregiCode].map(\.rawValue)
        )
        for line in suggestions where line.status == .matched {
            guard let sku = line.sku, let product = line.product else { continue }
            writer.append(
                record: [sku.manageNumber, sku.variantId, String(product.id), product.code].map(ReportCSV.inert)
            )
        }
        return Data(writer.text.utf8)
    }

    /// One line's cells, in `header` order.
    static func fields(of line: MappingSuggestion) -> [String] {
        let sku = line.sku
        var key = [sku?.manageNumber ?? "", sku?.variantId ?? "", "", ""]
        var smaregi = ["", ""]
        var productName = ""
        switch line.status {
        case .matched, .smaregiOnly:
            if let product = line.product {
                smaregi = [String(product.id), product.code]
                productName = product.name
            }
        case .alreadyMapped:
            if let mapping = line.existing {
                key = [mapping.key.manageNumber, mapping.key.variantId, mapping.key.horizontal, mapping.key.vertical]
                smaregi = [mapping.smaregiProductID.map(String.init) ?? "", mapping.smaregiProductCode ?? ""]
            }
        case .ambiguous, .rakutenOnly:
            break
        }
        let candidates =
            line.candidates.map { "ID \($0.id) コード \($0.code)" + ($0.name.isEmpty ? "" : " \($0.name)") }
            + line.otherSKUs.map { "楽天SKU \($0.displayText)" }
        return [line.status.rawValue] + key + smaregi + [
            line.comparedValue, candidates.joined(separator: " / "), sku?.itemName ?? "", sku?.choiceName ?? "",
            productName, line.noteJa, line.noteEn,
        ]
    }
}
