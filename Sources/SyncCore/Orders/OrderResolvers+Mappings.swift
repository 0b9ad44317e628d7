extension OrderResolvers {
    /// Resolvers over one store's mapping tables: products through the 商品連携 index (only 連携済み mappings
    /// resolve, issue #4), payments through 支払方法連携 by `PaymentLookup.mappingKey` (`1`, `POINT`, `COUPON`).
    package init(products: ProductMappingIndex, payments: [PaymentMapping]) {
        var methods: [String: Int] = [:]
        for mapping in payments where methods[mapping.rakutenKey] == nil {
            methods[mapping.rakutenKey] = mapping.smaregiPaymentMethodID
        }
        let byKey = methods
        self.init(
            product: { products.productResolution(for: $0) },
            payment: { lookup in byKey[lookup.mappingKey].map { .mapped(paymentMethodID: $0) } ?? .unmapped }
        )
    }
}
