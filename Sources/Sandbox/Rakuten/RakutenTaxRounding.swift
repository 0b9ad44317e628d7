/// The shop setting 「消費税1円未満端数」: how fractions of a yen are rounded (rakuten-rms.md §6; default `round`).
package enum RakutenTaxRounding: String, Sendable, Equatable, Codable, CaseIterable {
    /// 切り捨て.
    case floor
    /// 切り上げ.
    case ceil
    /// 四捨五入 (matches both official samples).
    case round

    /// `numerator / denominator` rounded with this mode (denominator > 0).
    func divide(_ numerator: Int, by denominator: Int) -> Int {
        let sign = numerator < 0 ? -1 : 1
        let n = abs(numerator)
        switch self {
        case .floor: return sign * (n / denominator)
        case .ceil: return sign * ((n + denominator - 1) / denominator)
        case .round: return sign * ((2 * n + denominator) / (2 * denominator))
        }
    }

    /// Tax-inclusive unit price of a 税別 price at `ratePercent` (`priceTaxIncl`, §3.3 ItemModel).
    func priceIncludingTax(_ price: Int, ratePercent: Int) -> Int {
        divide(price * (100 + ratePercent), by: 100)
    }

    /// Tax contained in a tax-inclusive amount (`reqPriceTax = reqPrice × r / (1 + r)`, §6 inference).
    func taxContained(in amount: Int, ratePercent: Int) -> Int {
        divide(amount * ratePercent, by: 100 + ratePercent)
    }
}
