/// A `GET /pos/consumption_tax_rates` element as sent (smaregi.md §4.6).
package struct SmaregiTaxRateDTO: Decodable, Sendable, Equatable {
    package var applyStartDate: String?
    package var taxRate: String?
    package var taxRounding: String?

    enum CodingKeys: String, CodingKey {
        case applyStartDate, taxRate, taxRounding
    }
}
