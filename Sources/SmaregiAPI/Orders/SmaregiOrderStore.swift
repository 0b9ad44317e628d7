/// A 受注店舗 with typed fields: where rakuten-sync registers 受注.
package struct SmaregiOrderStore: Sendable, Equatable {
    package var id: Int
    package var code: String
    package var name: String
    /// `included` 内税 / `excluded` 外税.
    package var sellDivision: String?
    package var isPaused: Bool
    /// The payment method Smaregi uses for points when it turns a 受注 into a 取引.
    package var pointPaymentMethodId: Int?
    /// The store its 受注 allocate stock from (受注在庫引当); `nil` when the answer does not say ([A-SMR-40]).
    package var stockStoreId: Int?

    /// Converts the wire object.
    init(_ dto: SmaregiOrderStoreDTO, endpoint: String) throws {
        id = try SmaregiWireValue.int(dto.storeId, field: "storeId", endpoint: endpoint)
        code = dto.storeCode ?? ""
        name = dto.storeName ?? ""
        sellDivision = dto.sellDivision
        isPaused = dto.pauseFlag ?? false
        pointPaymentMethodId = try SmaregiWireValue.optionalInt(
            dto.pointPaymentMethodId,
            field: "pointPaymentMethodId",
            endpoint: endpoint
        )
        stockStoreId = try SmaregiWireValue.optionalInt(dto.stockStoreId, field: "stockStoreId", endpoint: endpoint)
    }
}
