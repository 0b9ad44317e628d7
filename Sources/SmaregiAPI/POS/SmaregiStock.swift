import Foundation

/// The stock of one product in one store. A product with no row has never moved: treat it as 0 (smaregi.md §4.3).
package struct SmaregiStock: Sendable, Equatable {
    package var storeId: Int
    package var productId: Int
    package var amount: Int
    /// 取置き在庫数.
    package var layawayAmount: Int
    package var updatedAt: Date?

    /// Converts the wire row.
    init(_ dto: SmaregiStockDTO, endpoint: String) throws {
        storeId = try SmaregiWireValue.int(dto.storeId, field: "storeId", endpoint: endpoint)
        productId = try SmaregiWireValue.int(dto.productId, field: "productId", endpoint: endpoint)
        amount = try SmaregiWireValue.int(dto.stockAmount, field: "stockAmount", endpoint: endpoint)
        layawayAmount =
            try SmaregiWireValue.optionalInt(dto.layawayStockAmount, field: "layawayStockAmount", endpoint: endpoint)
            ?? 0
        updatedAt = try SmaregiWireValue.optionalDate(dto.updDateTime, field: "updDateTime", endpoint: endpoint)
    }
}
