/// What the order transform asks the mapping tables (商品連携, 支払方法連携). The orders job builds it from the
/// store's mappings; tests build it from plain dictionaries. Closures keep SyncCore's order rules independent of
/// how mappings are stored.
package struct OrderResolvers: Sendable {
    /// Resolves one order line to a Smaregi product.
    package var product: @Sendable (ProductLookup) -> ProductResolution
    /// Resolves one way of paying to a Smaregi payment method.
    package var payment: @Sendable (PaymentLookup) -> PaymentResolution

    /// Resolvers from two closures.
    package init(
        product: @escaping @Sendable (ProductLookup) -> ProductResolution,
        payment: @escaping @Sendable (PaymentLookup) -> PaymentResolution
    ) {
        self.product = product
        self.payment = payment
    }
}

/// The Rakuten identity of an order line, as the product mapping needs it (rakuten-rms.md §4.4).
package enum ProductLookup: Sendable, Equatable, Hashable {
    /// A line with an SKU: (商品管理番号, SKU管理番号).
    case sku(manageNumber: String, variantId: String)
    /// A line of an order placed before the shop's SKU migration (empty `variantId`): the 商品管理番号, the
    /// 商品番号 + 子番号 `itemNumber`, and the 横軸 / 縦軸 `項目名:選択肢` pairs read from `selectedChoice`
    /// (both nil for an item without 項目選択肢別在庫).
    case legacy(
        manageNumber: String,
        itemNumber: String?,
        horizontal: RakutenSelectedChoice.Pair?,
        vertical: RakutenSelectedChoice.Pair?
    )

    /// How the line is named in reports: `mug/red`, or `shirt (sh01sw サイズ:S カラー:白)`.
    package var displayText: String {
        switch self {
        case let .sku(manageNumber, variantId):
            return "\(manageNumber)/\(variantId)"
        case let .legacy(manageNumber, itemNumber, horizontal, vertical):
            let parts = [itemNumber] + [horizontal, vertical].map { $0.map { "\($0.name):\($0.value)" } }
            let detail = parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return detail.isEmpty ? manageNumber : "\(manageNumber) (\(detail))"
        }
    }
}

/// What a product mapping says about a line.
package enum ProductResolution: Sendable, Equatable, Hashable {
    /// 連携済み: the Smaregi product ID and, when known, its product code.
    case mapped(productID: Int, productCode: String?)
    /// No mapping for this SKU (`UNMAPPED_SKU`).
    case unmapped
    /// A mapping exists but is in エラー or 未確認; `reason` says why (`MAPPING_IN_ERROR`).
    case inError(reason: String)
}

/// A way the order is paid that needs a Smaregi payment method (支払方法連携).
package enum PaymentLookup: Sendable, Equatable, Hashable, Codable {
    /// The order's settlement method (`SettlementModel.settlementMethodCode` and its name).
    case settlement(code: Int, name: String?)
    /// 楽天ポイント (`PointModel.usedPoint`).
    case points
    /// Rakuten-funded coupons (`couponOtherPrice`).
    case rakutenCoupon

    /// The key of the payment mapping table: the code as text, `POINT` or `COUPON` (the keys of
    /// `SettlementMethod`).
    package var mappingKey: String {
        switch self {
        case .settlement(let code, _): String(code)
        case .points: "POINT"
        case .rakutenCoupon: "COUPON"
        }
    }

    /// How the method is named in reports: `1 クレジットカード`, `POINT 楽天ポイント`.
    package var displayText: String {
        switch self {
        case let .settlement(code, name): name.map { "\(code) \($0)" } ?? String(code)
        case .points: "POINT 楽天ポイント"
        case .rakutenCoupon: "COUPON 楽天クーポン（楽天負担）"
        }
    }
}

/// What a payment mapping says.
package enum PaymentResolution: Sendable, Equatable, Hashable {
    /// The Smaregi payment method ID.
    case mapped(paymentMethodID: Int)
    /// No mapping (`UNMAPPED_PAYMENT`).
    case unmapped
}
