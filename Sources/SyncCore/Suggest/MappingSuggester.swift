import Foundation

/// `mapping suggest`'s matcher (issue #13 §3): pairs Rakuten SKUs with Smaregi products by JAN, SKU管理番号 or
/// システム連携用SKU番号 ↔ 商品コード, and classifies every SKU and every unused product. Pure.
package enum MappingSuggester {
    /// Matches `skus` with `products` by `basis`; `existing` mappings of the store make their SKUs 連携済み (a legacy
    /// 横軸/縦軸 mapping counts for the SKU it resolved to) and take their Smaregi products out of スマレジのみ.
    ///
    /// Rules: a SKU with a mapping is 連携済み; a SKU without a value, or whose value no product has, is 楽天のみ;
    /// a SKU whose value exactly one product has, while no other SKU has the value and no mapping uses that product,
    /// is 一致; otherwise 候補複数, listing the products and the other SKUs. A product no SKU matched and no mapping
    /// uses is スマレジのみ. Values are compared by `comparisonKey`. Lines come in SKU order (manageNumber,
    /// variantId), then the スマレジのみ products by id.
    package static func suggest(
        skus: [SuggestRakutenSKU],
        products: [SuggestSmaregiProduct],
        by basis: MappingSuggestBasis,
        existing: [ProductMapping]
    ) -> [MappingSuggestion] {
        var mappingOf: [ProductMappingKey: ProductMapping] = [:]
        var mappedProducts: [Int: [ProductMappingKey]] = [:]
        var mappedCodes: [String: [ProductMappingKey]] = [:]
        for mapping in existing {
            var key = mapping.key
            if key.isLegacy, let variant = mapping.resolvedVariantId, !variant.isEmpty {
                key = .sku(mapping.key.manageNumber, variant)
            }
            mappingOf[key] = mapping
            for id in Set([mapping.smaregiProductID, mapping.resolvedProductID].compactMap { $0 }) {
                mappedProducts[id, default: []].append(key)
            }
            if let code = mapping.smaregiProductCode { mappedCodes[code, default: []].append(key) }
        }
        func mappedKeys(of product: SuggestSmaregiProduct) -> [ProductMappingKey] {
            (mappedProducts[product.id] ?? []) + (product.code.isEmpty ? [] : mappedCodes[product.code] ?? [])
        }
        var productsByValue: [String: [SuggestSmaregiProduct]] = [:]
        for product in products {
            let value = comparisonKey(product.code, basis: basis)
            if !value.isEmpty { productsByValue[value, default: []].append(product) }
        }
        let orderedSKUs = skus.sorted { ($0.manageNumber, $0.variantId) < ($1.manageNumber, $1.variantId) }
        var skusByValue: [String: [ProductMappingKey]] = [:]
        for sku in orderedSKUs {
            let value = comparisonKey(basis.value(of: sku), basis: basis)
            if !value.isEmpty { skusByValue[value, default: []].append(sku.key) }
        }
        var lines: [MappingSuggestion] = []
        var offered = Set<Int>()
        for sku in orderedSKUs {
            let raw = basis.value(of: sku)
            let value = comparisonKey(raw, basis: basis)
            let name = sku.key.displayText
            if let mapping = mappingOf[sku.key] {
                lines.append(
                    MappingSuggestion(
                        status: .alreadyMapped,
                        sku: sku,
                        existing: mapping,
                        comparedValue: value,
                        noteJa:
                            "楽天SKU \(name) は既にスマレジ \(mapping.smaregiText) に連携されています (\(mapping.status.label))。変更しません",
                        noteEn: "Rakuten SKU \(name) is already mapped to Smaregi \(mapping.smaregiText); left as it is"
                    )
                )
                continue
            }
            guard !value.isEmpty else {
                lines.append(
                    MappingSuggestion(
                        status: .rakutenOnly,
                        sku: sku,
                        noteJa: "楽天SKU \(name) に\(basis.fieldName)がありません",
                        noteEn: "Rakuten SKU \(name) has no \(basis.fieldName)"
                    )
                )
                continue
            }
            let candidates = productsByValue[value] ?? []
            if candidates.isEmpty {
                lines.append(
                    MappingSuggestion(
                        status: .rakutenOnly,
                        sku: sku,
                        comparedValue: value,
                        noteJa: "楽天SKU \(name) の\(basis.fieldName)「\(raw)」と同じ商品コードのスマレジ商品がありません",
                        noteEn: "no Smaregi product has the 商品コード of Rakuten SKU \(name)'s \(basis.fieldName) '\(raw)'"
                    )
                )
                continue
            }
            candidates.forEach { offered.insert($0.id) }
            var others = (skusByValue[value] ?? []).filter { $0 != sku.key }
            if candidates.count == 1 {
                others += mappedKeys(of: candidates[0]).filter { !others.contains($0) && $0 != sku.key }
            }
            if candidates.count == 1, others.isEmpty {
                lines.append(
                    MappingSuggestion(
                        status: .matched,
                        sku: sku,
                        product: candidates[0],
                        comparedValue: value,
                        noteJa: "楽天SKU \(name) の\(basis.fieldName)「\(raw)」がスマレジ商品コード「\(candidates[0].code)」に一致",
                        noteEn:
                            "Rakuten SKU \(name)'s \(basis.fieldName) '\(raw)' matches Smaregi 商品コード '\(candidates[0].code)'"
                    )
                )
                continue
            }
            let otherText = others.map(\.displayText).joined(separator: ", ")
            lines.append(
                MappingSuggestion(
                    status: .ambiguous,
                    sku: sku,
                    candidates: candidates,
                    otherSKUs: others,
                    comparedValue: value,
                    noteJa: "楽天SKU \(name) の\(basis.fieldName)「\(raw)」にスマレジ商品 \(candidates.count) 件"
                        + (others.isEmpty ? "" : "、他の楽天SKU \(otherText)") + " が該当します。1つ選んでください",
                    noteEn:
                        "Rakuten SKU \(name)'s \(basis.fieldName) '\(raw)' fits \(candidates.count) Smaregi product(s)"
                        + (others.isEmpty ? "" : " and also Rakuten SKU(s) \(otherText)") + "; choose one"
                )
            )
        }
        for product in products.sorted(by: { $0.id < $1.id })
        where !offered.contains(product.id) && mappedKeys(of: product).isEmpty {
            lines.append(
                MappingSuggestion(
                    status: .smaregiOnly,
                    product: product,
                    comparedValue: comparisonKey(product.code, basis: basis),
                    noteJa: "スマレジ商品 ID \(product.id) (商品コード「\(product.code)」) に該当する楽天SKUがありません",
                    noteEn: "no Rakuten SKU fits Smaregi product id \(product.id) (商品コード '\(product.code)')"
                )
            )
        }
        return lines
    }

    /// The form a value is compared in: trimmed (ASCII and full-width spaces), full-width ASCII (`０`–`９`, `Ａ`–`Ｚ`,
    /// `－`, …) read as ASCII, case kept (SKU管理番号 is case-sensitive, rakuten-rms.md §4.1). For `.jan`, a value that
    /// is 1…14 digits once spaces and hyphens are dropped is left-padded with zeros to 14 digits, the GTIN-14
    /// form GS1 compares GTIN-8/12/13 in, so `4901234567894` ↔ `04901234567894` and a UPC `012345678905` ↔ the
    /// `12345678905` a spreadsheet left (docs/api-assumptions.md `[A-RMS-31]`).
    package static func comparisonKey(_ raw: String, basis: MappingSuggestBasis) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        let value = String(scalars).trimmingCharacters(in: .whitespacesAndNewlines)
        guard basis == .jan else { return value }
        let digits = value.filter { $0 != " " && $0 != "-" }
        guard !digits.isEmpty, digits.count <= 14, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
        else {
            return value
        }
        return String(repeating: "0", count: 14 - digits.count) + digits
    }
}
