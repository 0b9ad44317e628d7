import Foundation

extension RMSOrderModel {
    /// The value RMS puts in an amount that is not yet determined, e.g. postage or the 代引 fee of an order in 400
    /// 変更確定待ち (rakuten-rms.md §3.3, §8 pitfall 7).
    package static let undeterminedAmount = -9999

    /// Whether any order, package or tax-summary amount is the `-9999` "not yet determined" sentinel; such an
    /// order should not be imported until RMS settles its amounts.
    package var hasUndeterminedAmounts: Bool {
        let sentinel = Self.undeterminedAmount
        let orderAmounts: [Int?] = [
            goodsPrice, goodsTax, postagePrice, deliveryPrice, paymentCharge, totalPrice, requestPrice,
            couponAllTotalPrice, couponShopPrice, couponOtherPrice, additionalFeeOccurAmountToUser,
            additionalFeeOccurAmountToShop,
        ]
        let packageAmounts: [Int?] = (packageModelList ?? []).flatMap { package in
            [package.postagePrice, package.deliveryPrice, package.goodsPrice, package.totalPrice, package.goodsTax]
        }
        let taxAmounts: [Int?] = (taxSummaryModelList ?? []).flatMap { summary in
            [
                summary.reqPrice, summary.reqPriceTax, summary.totalPrice, summary.paymentCharge, summary.couponPrice,
                summary.point,
            ]
        }
        return (orderAmounts + packageAmounts + taxAmounts).contains(sentinel)
    }

    /// `orderDatetime` parsed from its `+0900` form; `nil` when malformed.
    package var orderDate: Date? {
        RMSDateFormat.orderDateTime.date(from: orderDatetime)
    }

    /// Every item line of every package, in order.
    package var allItems: [RMSItemModel] {
        (packageModelList ?? []).flatMap { $0.itemModelList ?? [] }
    }
}
