extension OrderTransform {
    /// The tax-inclusive amount of a line: `priceTaxIncl × units`. When RMS sent no `priceTaxIncl` it is `price`
    /// for a 税込 line, else `price × (1 + r)` rounded with the store's mode (rakuten-rms.md §6).
    package func inclusiveAmount(of line: RakutenOrder.Line) -> Int {
        unitPriceTaxIncluded(line) * line.units
    }

    /// The tax-inclusive unit price of a line (see `inclusiveAmount(of:)`).
    package func unitPriceTaxIncluded(_ line: RakutenOrder.Line) -> Int {
        if let priceTaxIncl = line.priceTaxIncl { return priceTaxIncl }
        return line.includesTax ? line.price : calculator.priceIncludingTax(line.price, rate: line.taxRate)
    }

    /// The tax-inclusive price of a ラッピング: `price` when 税込, else `price × (1 + r)` rounded.
    package func inclusiveAmount(of wrapping: RakutenOrder.Wrapping) -> Int {
        wrapping.includesTax ? wrapping.price : calculator.priceIncludingTax(wrapping.price, rate: wrapping.taxRate)
    }

    /// Every coupon amount of the order per rate (shop- and Rakuten-funded alike, as RMS's TaxSummary counts
    /// them). How Rakuten splits an order-wide coupon over rates is not documented, so its own split is used
    /// whenever the TaxSummary has one that accounts for every coupon (Σ `couponPrice` = `couponAllTotalPrice`);
    /// the tax check then compares goods, charges and rounding, not a guess. Otherwise `estimatedCouponsByRate`.
    package func couponsByRate(_ order: RakutenOrder) -> [TaxRate: Int] {
        let summary = order.taxSummary
        if !summary.isEmpty, summary.reduce(0, { $0 + $1.couponPrice }) == order.amounts.couponAllTotalPrice {
            var result: [TaxRate: Int] = [:]
            for row in summary where row.couponPrice != 0 { result[row.rate, default: 0] += row.couponPrice }
            return result
        }
        return estimatedCouponsByRate(order)
    }

    /// The coupon split without Rakuten's figures: a coupon naming a line (`itemDetailId`, else `itemId`) counts at
    /// that line's rate; an order-wide coupon is split over the rates in proportion to the tax-inclusive goods at
    /// each rate, rounding down, the remainder going to the largest group (the rule docs/sandbox.md uses). Coupon
    /// money that `CouponModelList` does not explain (`couponAllTotalPrice` − Σ listed) is treated as order-wide.
    package func estimatedCouponsByRate(_ order: RakutenOrder) -> [TaxRate: Int] {
        let lines = order.liveLines.map(\.line)
        var goodsByRate: [TaxRate: Int] = [:]
        for line in lines { goodsByRate[line.taxRate, default: 0] += inclusiveAmount(of: line) }
        var result: [TaxRate: Int] = [:]
        var orderWide: [Int] = []
        for coupon in order.coupons {
            let target =
                lines.first {
                    coupon.itemDetailId != nil && coupon.itemDetailId != 0 && $0.itemDetailId == coupon.itemDetailId
                }
                ?? lines.first { coupon.itemId != nil && coupon.itemId != 0 && $0.itemId == coupon.itemId }
            if let target {
                result[target.taxRate, default: 0] += coupon.totalPrice
            } else {
                orderWide.append(coupon.totalPrice)
            }
        }
        let listed = order.coupons.reduce(0) { $0 + $1.totalPrice }
        let unexplained = order.amounts.couponAllTotalPrice - listed
        if unexplained > 0 { orderWide.append(unexplained) }
        for amount in orderWide {
            for (rate, share) in Self.split(amount, over: goodsByRate) { result[rate, default: 0] += share }
        }
        return result
    }

    /// The tax-inclusive amount billed at each rate, as RMS defines `TaxSummaryModelList.reqPrice` (rakuten-rms.md §6):
    /// goods + ラッピング + 送料 + 代引料 + 決済手数料 at their rates − every coupon at that rate; points do not
    /// reduce it (orders from 2022-04-01) and the 後払い 注文者負担金 is not part of it (orders from 2023-09-14).
    package func taxableAmounts(_ order: RakutenOrder) -> [(rate: TaxRate, amount: Int)] {
        var amounts: [(rate: TaxRate, amount: Int)] = []
        for (_, line) in order.liveLines { amounts.append((line.taxRate, inclusiveAmount(of: line))) }
        for wrapping in order.wrappings where wrapping.price > 0 {
            amounts.append((wrapping.taxRate, inclusiveAmount(of: wrapping)))
        }
        for package in order.livePackages {
            if package.postagePrice > 0 { amounts.append((package.postageTaxRate, package.postagePrice)) }
            if package.deliveryPrice > 0 { amounts.append((package.deliveryTaxRate, package.deliveryPrice)) }
        }
        if order.amounts.paymentCharge > 0 {
            amounts.append((order.amounts.paymentChargeTaxRate, order.amounts.paymentCharge))
        }
        for (rate, coupon) in couponsByRate(order) where coupon > 0 { amounts.append((rate, -coupon)) }
        return amounts
    }

    /// The order's consumption tax per rate under the invoice rule, with the store's rounding: each rate's
    /// taxable amount (`taxableAmounts`) summed, then `amount × r / (1 + r)` rounded once (domain.md §4.3).
    package func computedTaxes(_ order: RakutenOrder) -> [RateTax] {
        calculator.perRate(inclusive: taxableAmounts(order))
    }

    /// The total the 受注 gets, by Smaregi's formula over every live line whether mapped or not (so a mismatch is
    /// reported together with mapping problems): Σ tax-inclusive lines + 送料 + 代引料 + 決済手数料 + 注文者負担金 +
    /// ラッピング − shop-funded coupons.
    package func draftTotal(_ order: RakutenOrder) -> Int {
        let lines = order.liveLines.reduce(0) { $0 + inclusiveAmount(of: $1.line) }
        let charges = order.livePackages.reduce(0) { $0 + $1.postagePrice + $1.deliveryPrice }
        let wrapping = order.wrappings.reduce(0) { $0 + inclusiveAmount(of: $1) }
        return lines + charges + order.amounts.paymentCharge + order.amounts.additionalFeeToUser + wrapping
            - order.amounts.couponShopPrice
    }

    /// What Rakuten bills for the order in all, whoever pays it: the buyer's `requestPrice`, plus the points
    /// and the Rakuten-funded coupons Rakuten pays the shop. The 受注's total must equal it to the yen.
    package static func billedTotal(_ order: RakutenOrder) -> Int {
        order.amounts.requestPrice + order.usedPoint + order.amounts.couponOtherPrice
    }

    /// Splits `amount` over rates in proportion to `weights` (floor; the remainder goes to the largest weight,
    /// the higher rate on a tie). With no weight, everything goes to the standard rate.
    static func split(_ amount: Int, over weights: [TaxRate: Int]) -> [TaxRate: Int] {
        let total = weights.values.reduce(0, +)
        guard total > 0 else { return [.standard: amount] }
        var shares: [TaxRate: Int] = [:]
        for (rate, weight) in weights { shares[rate] = amount * weight / total }
        let remainder = amount - shares.values.reduce(0, +)
        if let largest = weights.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key {
            shares[largest, default: 0] += remainder
        }
        return shares
    }
}
