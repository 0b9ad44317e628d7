/// 支払方法連携: which Smaregi payment method a Rakuten settlement method or tender is booked as.
package struct PaymentMapping: Sendable, Equatable {
    /// 店舗コード.
    package var storeCode: String
    /// `SettlementMethod.key`.
    package var rakutenKey: String
    /// The Smaregi payment method id.
    package var smaregiPaymentMethodID: Int

    /// A mapping.
    package init(storeCode: String, rakutenKey: String, smaregiPaymentMethodID: Int) {
        self.storeCode = storeCode
        self.rakutenKey = rakutenKey
        self.smaregiPaymentMethodID = smaregiPaymentMethodID
    }
}

/// A Smaregi payment method as synced into the database (【スマレジ支払方法同期】).
package struct PaymentMethodEntry: Sendable, Equatable {
    /// paymentMethodId.
    package var id: Int
    /// paymentMethodCode.
    package var code: String
    /// paymentMethodName.
    package var name: String

    /// An entry.
    package init(id: Int, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }
}
