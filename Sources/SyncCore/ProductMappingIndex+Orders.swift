extension ProductMappingIndex {
    /// Answers the order transform's question (`OrderResolvers.product`) for one order line.
    ///
    /// An SKU line resolves by (manageNumber lower-cased, variantId exact). A pre-migration line resolves by its
    /// 横軸/縦軸 choice values (the `selectedChoice` pairs); without pairs it is a single-SKU item, whose
    /// variantId equals its manageNumber (rakuten-rms.md §4.4). A mapping in エラー or 未確認 gives `.inError` with
    /// its reason, so the order is held, not loaded with a wrong or unverified product.
    package func productResolution(for lookup: ProductLookup) -> ProductResolution {
        let key: ProductMappingKey =
            switch lookup {
            case let .sku(manageNumber, variantId):
                .sku(manageNumber, variantId)
            case let .legacy(manageNumber, _, horizontal?, vertical):
                .legacy(manageNumber, horizontal: horizontal.value, vertical: vertical?.value ?? "")
            case let .legacy(manageNumber, _, nil, _):
                .sku(manageNumber, manageNumber.lowercased())
            }
        switch resolve(key) {
        case let .product(id, mapping):
            return .mapped(productID: id, productCode: mapping.smaregiProductCode)
        case .unmapped:
            return .unmapped
        case .unusable(let mapping):
            let reason =
                mapping.status == .unchecked
                ? "商品連携 \(key.displayText) は未確認です。次回の商品連携チェック後に処理します "
                    + "(mapping \(key.displayText) is not checked yet; it is used after the next mapping check)"
                : "商品連携 \(key.displayText) はエラーです: \(mapping.reason)"
            return .inError(reason: reason)
        }
    }
}
