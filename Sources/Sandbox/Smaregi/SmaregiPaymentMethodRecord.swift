import Foundation

/// A POS payment method (smaregi.md §4.4).
struct SmaregiPaymentMethodRecord: Sendable, Equatable {
    var paymentMethodId: Int
    var paymentMethodCode: String
    var paymentMethodName: String
    var displayFlag = true
    var displaySequence: Int
    var changeFlag = false
    var insDateTime: Date
    var updDateTime: Date

    /// The `GET /payment_methods` row.
    var posRow: SmaregiJSONWriter.Row {
        [
            ("paymentMethodId", String(paymentMethodId)), ("paymentMethodCode", paymentMethodCode),
            ("paymentMethodName", paymentMethodName), ("paymentMethodGroupId", nil), ("unitPrice", nil),
            ("displayFlag", displayFlag ? "1" : "0"), ("displaySequence", String(displaySequence)),
            ("changeFlag", changeFlag ? "1" : "0"), ("securitiesFlag", "0"),
            ("insDateTime", SmaregiJST.format(insDateTime)), ("updDateTime", SmaregiJST.format(updDateTime)),
        ]
    }
}
