/// The result of checking one product mapping against both sides (商品連携チェック, issue #4).
package struct MappingVerdict: Sendable, Equatable {
    /// One thing wrong with a mapping.
    package struct Problem: Sendable, Equatable {
        /// The problem's report code, e.g. `RAKUTEN_SKU_NOT_FOUND`.
        package var code: ReportCode
        package var messageJa: String
        package var messageEn: String
        /// What fixes it (the code's, `ReportCode.action`).
        package var action: String { code.action ?? "" }

        /// A problem of `code`.
        package init(code: ReportCode, messageJa: String, messageEn: String) {
            self.code = code
            self.messageJa = messageJa
            self.messageEn = messageEn
        }
    }

    /// 連携済み or エラー.
    package var status: ProductMappingStatus
    /// Everything wrong, Rakuten side first; empty when 連携済み.
    package var problems: [Problem]
    /// The Smaregi product id the mapping resolves to (nil when the Smaregi side is wrong).
    package var resolvedProductID: Int?

    /// The code recorded on the mapping (the first problem's), `""` when 連携済み.
    package var reasonCode: String { problems.first?.code.rawValue ?? "" }

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
        switch rakuten {
        case .found:
            break
        case .skuMissing:
            problems.append(
                Problem(
                    code: .rakutenSKUNotFound,
                    messageJa: "楽天にSKU \(sku) がありません",
                    messageEn: "Rakuten has no SKU \(sku) (not returned by inventories.bulk.get)"
                )
            )
        case .itemMissing:
            problems.append(
                Problem(
                    code: .rakutenItemNotFound,
                    messageJa: "楽天に商品管理番号 \(mapping.key.manageNumber) の商品がありません",
                    messageEn: "Rakuten has no item with manage number \(mapping.key.manageNumber)"
                )
            )
        case .optionMissing(let available):
            let list = available.isEmpty ? "なし / none" : available.joined(separator: ", ")
            problems.append(
                Problem(
                    code: .rakutenOptionNotFound,
                    messageJa: "楽天の商品 \(mapping.key.manageNumber) に選択肢 \(sku) がありません (登録済み: \(list))",
                    messageEn: "Rakuten item \(mapping.key.manageNumber) has no option \(sku) (it has: \(list))"
                )
            )
        }
        var resolved: Int?
        if let id = mapping.smaregiProductID {
            if let code = smaregi.code(ofProduct: id) {
                if let wanted = mapping.smaregiProductCode, wanted != code {
                    problems.append(
                        Problem(
                            code: .smaregiCodeMismatch,
                            messageJa: "スマレジ商品ID \(id) の商品コードは \(code) で、指定の \(wanted) と一致しません",
                            messageEn: "Smaregi product \(id) has code \(code), not \(wanted) as mapped"
                        )
                    )
                } else {
                    resolved = id
                }
            } else {
                problems.append(
                    Problem(
                        code: .smaregiProductNotFound,
                        messageJa: "スマレジに商品ID \(id) の商品がありません",
                        messageEn: "Smaregi has no product with id \(id)"
                    )
                )
            }
        } else if let code = mapping.smaregiProductCode {
            let ids = smaregi.ids(withCode: code)
            switch ids.count {
            case 0:
                problems.append(
                    Problem(
                        code: .smaregiProductNotFound,
                        messageJa: "スマレジに商品コード \(code) の商品がありません",
                        messageEn: "Smaregi has no product with code \(code)"
                    )
                )
            case 1:
                resolved = ids[0]
            default:
                let list = ids.sorted().map(String.init).joined(separator: ", ")
                problems.append(
                    Problem(
                        code: .smaregiCodeAmbiguous,
                        messageJa: "スマレジ商品コード \(code) の商品が複数あります (ID \(list))",
                        messageEn: "Smaregi product code \(code) belongs to several products (ids \(list))"
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
