/// A `GET /pos/products` element as sent: all strings or `null` (smaregi.md §4.2). Only the fields the ETL uses.
package struct SmaregiProductDTO: Decodable, Sendable, Equatable {
    package var productId: String?
    package var productCode: String?
    package var productName: String?
    package var groupCode: String?
    package var categoryId: String?
    package var taxDivision: String?
    package var price: String?
    package var stockControlDivision: String?
    package var displayFlag: String?
    package var reduceTaxId: String?
    package var updDateTime: String?

    enum CodingKeys: String, CodingKey {
        case productId, productCode, productName, groupCode, categoryId, taxDivision, price, stockControlDivision
        case displayFlag, reduceTaxId, updDateTime
    }
}
