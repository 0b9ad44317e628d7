/// A payment method with typed fields.
package struct SmaregiPaymentMethod: Sendable, Equatable {
    package var id: Int
    package var code: String
    package var name: String
    package var isDisplayed: Bool

    /// Converts the wire row.
    init(_ dto: SmaregiPaymentMethodDTO, endpoint: String) throws {
        id = try SmaregiWireValue.int(dto.paymentMethodId, field: "paymentMethodId", endpoint: endpoint)
        code = dto.paymentMethodCode ?? ""
        name = dto.paymentMethodName ?? ""
        isDisplayed = (dto.displayFlag ?? "1") == "1"
    }
}
