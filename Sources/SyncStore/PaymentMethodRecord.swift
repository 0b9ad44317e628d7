import Foundation

/// A row of `smaregi_payment_methods`: a Smaregi payment method synced for a store (【スマレジ支払方法同期】).
package struct PaymentMethodRecord: Sendable, Equatable {
    /// paymentMethodId.
    package var id: Int
    /// paymentMethodCode.
    package var code: String
    /// paymentMethodName.
    package var name: String

    /// A record.
    package init(id: Int, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }
}
