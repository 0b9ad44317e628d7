import Foundation

/// A POS product (smaregi.md §4.2). Only the fields the ETL and its tests can observe are modelled; the rest of the
/// documented row is sent as `null`.
struct SmaregiProductRecord: Sendable, Equatable {
    var productId: Int
    var categoryId: Int?
    var productCode: String
    var productName: String
    var productKana: String?
    /// `0` 税込, `1` 税抜, `2` 非課税.
    var taxDivision: String
    var price: Int
    var customerPrice: Int?
    var cost: Int?
    var groupCode: String?
    /// `0` 在庫管理対象, `1` 対象外: only managed products get stock rows and allocations.
    var stockControlDivision: String
    var displayFlag: String
    /// `nil` 標準税率, `10000001` 軽減税率 (smaregi.md §6).
    var reduceTaxId: String?
    var insDateTime: Date
    var updDateTime: Date

    /// The `reduceTaxId` of a product always sold at the reduced 8 % rate.
    static let reducedRateID = "10000001"

    /// The POS `GET /products` row, every number a string (smaregi.md §4.2).
    var posRow: SmaregiJSONWriter.Row {
        [
            ("productId", String(productId)), ("categoryId", categoryId.map { String($0) }),
            ("productCode", productCode),
            ("productName", productName), ("productKana", productKana), ("taxDivision", taxDivision),
            ("productPriceDivision", "1"), ("price", String(price)),
            ("customerPrice", customerPrice.map { String($0) }),
            ("cost", cost.map { String($0) }), ("attribute", nil), ("description", nil), ("catchCopy", nil),
            ("size", nil),
            ("color", nil), ("tag", nil), ("groupCode", groupCode), ("url", nil), ("printReceiptProductName", nil),
            ("displaySequence", nil), ("salesDivision", "0"), ("stockControlDivision", stockControlDivision),
            ("displayFlag", displayFlag), ("division", "0"), ("productOptionGroupId", nil), ("pointNotApplicable", "0"),
            ("taxFreeDivision", "0"), ("supplierProductNo", nil), ("calcDiscount", "1"), ("staffDiscountRate", nil),
            ("useCategoryReduceTax", "0"), ("reduceTaxId", reduceTaxId), ("reduceTaxPrice", nil),
            ("reduceTaxCustomerPrice", nil), ("orderPoint", nil), ("purchaseCost", nil), ("appStartDateTime", nil),
            ("insDateTime", SmaregiJST.format(insDateTime)), ("updDateTime", SmaregiJST.format(updDateTime)),
        ]
    }
}
