/// The consumption tax of one rate on one document: the amount at that rate and the tax it carries
/// (the invoice rule computes exactly one such figure per rate per order, domain.md §4.3).
package struct RateTax: Sendable, Equatable, Hashable, Codable {
    /// The rate.
    package var rate: TaxRate
    /// The tax-inclusive amount at this rate (Rakuten `reqPrice`, Smaregi `taxableAmount`).
    package var taxableAmount: Int
    /// The consumption tax contained in `taxableAmount` (Rakuten `reqPriceTax`, Smaregi `tax`).
    package var tax: Int

    enum CodingKeys: String, CodingKey {
        case rate, taxableAmount, tax
    }

    /// A per-rate figure.
    package init(rate: TaxRate, taxableAmount: Int, tax: Int) {
        self.rate = rate
        self.taxableAmount = taxableAmount
        self.tax = tax
    }
}
