/// Consumption tax under the invoice rule (適格請求書, domain.md §4.3): amounts are grouped by rate, and the tax
/// of each rate is computed and rounded **once per rate per document** with the store's 消費税1円未満端数 mode,
/// never per line.
package struct TaxCalculator: Sendable, Equatable {
    /// The store's rounding of fractions of a yen.
    package var rounding: TaxRounding

    /// A calculator rounding with `rounding`.
    package init(rounding: TaxRounding) {
        self.rounding = rounding
    }

    /// The tax contained in a tax-inclusive amount: `amount × r / (1 + r)` rounded (内税; how RMS computes
    /// `reqPriceTax` from `reqPrice`, rakuten-rms.md §6).
    package func taxContained(in amount: Int, rate: TaxRate) -> Int {
        rounding.divide(amount * rate.percent, by: 100 + rate.percent)
    }

    /// The tax on a tax-exclusive amount: `amount × r` rounded (外税).
    package func taxOn(exclusiveAmount amount: Int, rate: TaxRate) -> Int {
        rounding.divide(amount * rate.percent, by: 100)
    }

    /// The tax-inclusive unit price of a 税別 price: `price × (1 + r)` rounded (how RMS fills `priceTaxIncl`,
    /// rakuten-rms.md §6 「端数処理は、店舗設定に準ずる」).
    package func priceIncludingTax(_ price: Int, rate: TaxRate) -> Int {
        rounding.divide(price * (100 + rate.percent), by: 100)
    }

    /// Per-rate tax of tax-inclusive amounts: the amounts are summed per rate, then each sum's contained tax is
    /// rounded once. Rates come highest first, like RMS `TaxSummaryModelList`; a rate whose amounts sum to 0 is
    /// still listed when it occurs.
    package func perRate(inclusive amounts: [(rate: TaxRate, amount: Int)]) -> [RateTax] {
        Self.sumByRate(amounts).map { rate, sum in
            RateTax(rate: rate, taxableAmount: sum, tax: taxContained(in: sum, rate: rate))
        }
    }

    /// Per-rate tax of tax-exclusive amounts (外税): summed per rate, then `sum × r` rounded once per rate.
    /// `taxableAmount` is the tax-exclusive sum.
    package func perRate(exclusive amounts: [(rate: TaxRate, amount: Int)]) -> [RateTax] {
        Self.sumByRate(amounts).map { rate, sum in
            RateTax(rate: rate, taxableAmount: sum, tax: taxOn(exclusiveAmount: sum, rate: rate))
        }
    }

    /// The amounts summed per rate, highest rate first.
    static func sumByRate(_ amounts: [(rate: TaxRate, amount: Int)]) -> [(TaxRate, Int)] {
        var sums: [TaxRate: Int] = [:]
        for entry in amounts { sums[entry.rate, default: 0] += entry.amount }
        return sums.sorted { $0.key > $1.key }.map { ($0.key, $0.value) }
    }
}
