import Foundation

/// A POS product with typed fields.
package struct SmaregiProduct: Sendable, Equatable {
    /// 税区分 (smaregi.md §6).
    package enum TaxDivision: String, Sendable, Equatable {
        /// `0` 税込.
        case taxIncluded = "0"
        /// `1` 税抜.
        case taxExcluded = "1"
        /// `2` 非課税.
        case taxExempt = "2"
    }

    package var id: Int
    /// 商品コード: the join key to Rakuten SKUs / JAN codes.
    package var code: String
    package var name: String
    package var groupCode: String?
    /// 0 when the row was fetched with `fields=` that left price out.
    package var price: Int
    package var taxDivision: TaxDivision?
    /// Whether the product is always sold at the reduced rate (`reduceTaxId` `10000001`).
    package var isReducedTaxRate: Bool
    /// `stockControlDivision` `0`.
    package var managesStock: Bool
    package var updatedAt: Date?

    /// Converts the wire row.
    init(_ dto: SmaregiProductDTO, endpoint: String) throws {
        id = try SmaregiWireValue.int(dto.productId, field: "productId", endpoint: endpoint)
        code = dto.productCode ?? ""
        name = dto.productName ?? ""
        groupCode = dto.groupCode
        price = try SmaregiWireValue.optionalInt(dto.price, field: "price", endpoint: endpoint) ?? 0
        taxDivision = dto.taxDivision.flatMap(TaxDivision.init(rawValue:))
        isReducedTaxRate = dto.reduceTaxId == "10000001"
        managesStock = (dto.stockControlDivision ?? "0") == "0"
        updatedAt = try SmaregiWireValue.optionalDate(dto.updDateTime, field: "updDateTime", endpoint: endpoint)
    }
}
