extension OrderTransform {
    /// The per-rate taxes to send and the warnings of their reconciliation with Rakuten (domain.md §4.5).
    ///
    /// The invoice-rule figures (`computedTaxes`) are compared rate by rate with `TaxSummaryModelList`; a rate
    /// whose taxable amount or tax differs (or that only one side has) gives a `TAX_MISMATCH` warning showing both
    /// figures. Rakuten's figures are what the customer's receipt shows, so they are sent whenever the order has a
    /// TaxSummary; the computed ones only for orders without one (before 2019-07-30).
    func reconcileTaxes(_ order: RakutenOrder) -> (
        taxes: [RateTax], source: SmaregiOrderDraft.TaxSource, warnings: [ReportRow]
    ) {
        let computed = computedTaxes(order)
        guard !order.taxSummary.isEmpty else { return (computed, .computed, []) }
        let rakuten = order.taxSummary.sorted { $0.rate > $1.rate }
        var warnings: [ReportRow] = []
        let rates = Set(computed.map(\.rate)).union(rakuten.map(\.rate)).sorted(by: >)
        for rate in rates {
            let ours = computed.first { $0.rate == rate }
            let theirs = rakuten.first { $0.rate == rate }
            let oursPair = ours.map { [$0.taxableAmount, $0.tax] } ?? [0, 0]
            let theirsPair = theirs.map { [$0.reqPrice, $0.reqPriceTax] } ?? [0, 0]
            if oursPair != theirsPair {
                warnings.append(
                    OrderReportRows.taxMismatch(order, rate: rate, computed: ours, rakuten: theirs, rounding: rounding)
                )
            }
        }
        let taxes = rakuten.map { RateTax(rate: $0.rate, taxableAmount: $0.reqPrice, tax: $0.reqPriceTax) }
        return (taxes, .rakuten, warnings)
    }
}
