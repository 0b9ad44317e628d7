/// A `GET /pos/payment_methods` element as sent (smaregi.md §4.4).
package struct SmaregiPaymentMethodDTO: Decodable, Sendable, Equatable {
    package var paymentMethodId: String?
    package var paymentMethodCode: String?
    package var paymentMethodName: String?
    package var displayFlag: String?

    enum CodingKeys: String, CodingKey {
        case paymentMethodId, paymentMethodCode, paymentMethodName, displayFlag
    }
}
