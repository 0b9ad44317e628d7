/// The result of checking one product mapping against both sides (商品連携チェック, issue #4).
package struct MappingVerdict: Sendable, Equatable {
    /// One thing wrong with a mapping.
    package struct Problem: Sendable, Equatable {
        /// Stable report code, e.g. `RAKUTEN_SKU_NOT_FOUND`.
        package var code: String
        package var messageJa: String
        package var messageEn: String
        /// What fixes it.
        package var action: String
    }

    /// 連携済み or エラー.
    package var status: ProductMappingStatus
    /// Everything wrong, Rakuten side first; empty when 連携済み.
    package var problems: [Problem]
    /// The Smaregi product id the mapping resolves to (nil when the Smaregi side is wrong).
    package var resolvedProductID: Int?

    /// The code recorded on the mapping (the first problem's), `""` when 連携済み.
    package var reasonCode: String { problems.first?.code ?? "" }

    /// The reason recorded on the mapping: every problem, Japanese then English.
    package var reason: String {
        problems.map { "\($0.messageJa) / \($0.messageEn)" }.joined(separator: "; ")
    }

    /// Checks `mapping` given what the Rakuten side said and the Smaregi catalogue.
    ///
    /// Smaregi rules: an id must exist (and, when a code is given too, carry that code); a code alone must match
    /// exactly one product, whose id becomes the resolved id.
    package static func check(
        _ mapping: ProductMapping,
        rakuten: RakutenPresence,
        smaregi: SmaregiCatalogue
    ) -> MappingVerdict {
        var problems: [Problem] = []
        let sku = mapping.key.displayText
        let fixMapping =
            "RMSの商品管理番号・SKU管理番号を確認し、商品連携を修正してください (`rakuten-sync mapping add/import`) "
            + "(check the item in RMS and fix the mapping)"
        switch rakuten {
        case .found:
            break
        case .skuMissing:
            problems.append(
                Problem(
                    code: "RAKUTEN_SKU_NOT_FOUND",
                    messageJa: "楽天にSKU \(sku) がありません",
                    messageEn: "Rakuten has no SKU \(sku) (not returned by inventories.bulk.get)",
                    action: fixMapping
                )
            )
        case .itemMissing:
            problems.append(
                Problem(
                    code: "RAKUTEN_ITEM_NOT_FOUND",
                    messageJa: "楽天に商品管理番号 \(mapping.key.manageNumber) の商品がありません",
                    messageEn: "Rakuten has no item with manage number \(mapping.key.manageNumber)",
                    action: fixMapping
                )
            )
        case .optionMissing(let available):
            let list = available.isEmpty ? "なし / none" : available.joined(separator: ", ")
            problems.append(
                Problem(
                    code: "RAKUTEN_OPTION_NOT_FOUND",
                    messageJa: "楽天の商品 \(mapping.key.manageNumber) に選択肢 \(sku) がありません (登録済み: \(list))",
                    messageEn: "Rakuten item \(mapping.key.manageNumber) has no option \(sku) (it has: \(list))",
                    action: "横軸・縦軸の選択肢名をRMSの表記どおりに修正してください (spell the 横軸/縦軸 choices exactly as in RMS)"
                )
            )
        }
        let fixSmaregi =
            "スマレジの商品ID・商品コードを確認し、商品連携を修正してください (check the product in Smaregi and fix the mapping)"
        var resolved: Int?
        if let id = mapping.smaregiProductID {
            if let code = smaregi.code(ofProduct: id) {
                if let wanted = mapping.smaregiProductCode, wanted != code {
                    problems.append(
                        Problem(
                            code: "SMAREGI_CODE_MISMATCH",
                            messageJa: "スマレジ商品ID \(id) の商品コードは \(code) で、指定の \(wanted) と一致しません",
                            messageEn: "Smaregi product \(id) has code \(code), not \(wanted) as mapped",
                            action: fixSmaregi
                        )
                    )
                } else {
                    resolved = id
                }
            } else {
                problems.append(
                    Problem(
                        code: "SMAREGI_PRODUCT_NOT_FOUND",
                        messageJa: "スマレジに商品ID \(id) の商品がありません",
                        messageEn: "Smaregi has no product with id \(id)",
                        action: fixSmaregi
                    )
                )
            }
        } else if let code = mapping.smaregiProductCode {
            let ids = smaregi.ids(withCode: code)
            switch ids.count {
            case 0:
                problems.append(
                    Problem(
                        code: "SMAREGI_PRODUCT_NOT_FOUND",
                        messageJa: "スマレジに商品コード \(code) の商品がありません",
                        messageEn: "Smaregi has no product with code \(code)",
                        action: fixSmaregi
                    )
                )
            case 1:
                resolved = ids[0]
            default:
                let list = ids.sorted().map(String.init).joined(separator: ", ")
                problems.append(
                    Problem(
                        code: "SMAREGI_CODE_AMBIGUOUS",
                        messageJa: "スマレジ商品コード \(code) の商品が複数あります (ID \(list))",
                        messageEn: "Smaregi product code \(code) belongs to several products (ids \(list))",
                        action: "商品IDで連携し直してください (map by product id instead)"
                    )
                )
            }
        }
        return MappingVerdict(
            status: problems.isEmpty ? .ok : .error,
            problems: problems,
            resolvedProductID: problems.isEmpty ? resolved : nil
        )
    }
}
