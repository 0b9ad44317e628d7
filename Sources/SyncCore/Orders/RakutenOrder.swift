import Foundation

/// A Rakuten order as SyncCore sees it: the parts of a getOrder `OrderModel` that decide the Smaregi 受注
/// (rakuten-rms.md §3.3). Built from the RMS DTO in SyncJobs (`RakutenOrder+RMS.swift`); amounts are integer yen and
/// keep RMS's `-9999` "not yet determined" sentinel as sent (see `hasUndeterminedAmounts`).
package struct RakutenOrder: Sendable, Equatable {
    /// 注文番号, e.g. `502763-20171027-00006701`; the key of the order everywhere.
    package var orderNumber: String
    /// ステータス (rakuten-rms.md §3.8).
    package var progress: Int
    /// 注文日時; nil when RMS sent a value that does not parse.
    package var orderDate: Date?
    /// お届け日指定, `yyyy-MM-dd`.
    package var deliveryDate: String?
    /// お届け時間帯 (0 none, 1 午前, 2 午後, 9 その他, or an hour range such as 708 / 1416).
    package var shippingTerm: Int?
    /// 備考.
    package var remarks: String?
    /// 配送方法 name (`DeliveryModel.deliveryName`).
    package var deliveryName: String?
    /// 注文者.
    package var orderer: OrderPerson?
    /// 支払方法 (`SettlementModel`); nil when RMS sent none.
    package var settlement: Settlement?
    /// Order-level amounts.
    package var amounts: Amounts
    /// 利用ポイント (`PointModel.usedPoint`).
    package var usedPoint: Int
    /// ラッピング (WrappingModel1/2) that are not deleted.
    package var wrappings: [Wrapping]
    /// 送付先 (one per `PackageModel`).
    package var packages: [Package]
    /// 利用クーポン (`CouponModelList`).
    package var coupons: [Coupon]
    /// 税情報 per rate (`TaxSummaryModelList`); empty for orders before 2019-07-30.
    package var taxSummary: [TaxSummaryRow]

    /// An order.
    package init(
        orderNumber: String,
        progress: Int,
        orderDate: Date?,
        deliveryDate: String? = nil,
        shippingTerm: Int? = nil,
        remarks: String? = nil,
        deliveryName: String? = nil,
        orderer: OrderPerson? = nil,
        settlement: Settlement?,
        amounts: Amounts,
        usedPoint: Int,
        wrappings: [Wrapping] = [],
        packages: [Package],
        coupons: [Coupon] = [],
        taxSummary: [TaxSummaryRow]
    ) {
        self.orderNumber = orderNumber
        self.progress = progress
        self.orderDate = orderDate
        self.deliveryDate = deliveryDate
        self.shippingTerm = shippingTerm
        self.remarks = remarks
        self.deliveryName = deliveryName
        self.orderer = orderer
        self.settlement = settlement
        self.amounts = amounts
        self.usedPoint = usedPoint
        self.wrappings = wrappings
        self.packages = packages
        self.coupons = coupons
        self.taxSummary = taxSummary
    }

    /// The value RMS puts in an amount that is not determined yet, e.g. postage or the 代引 fee of an order in 400
    /// 変更確定待ち (docs/reference/rakuten-rms.md §3.3 and §8, pitfall 7).
    package static let undeterminedAmount = -9999

    /// Whether the order is cancelled or about to be (800 キャンセル確定待ち, 900 キャンセル確定).
    package var isCancelled: Bool { progress == 800 || progress == 900 }

    /// Whether any amount the transform reads is `-9999`: such an order waits until RMS settles it. This is the one
    /// implementation of the rule. The amounts are exactly those the Smaregi 受注 is built from: the order's
    /// (`Amounts.all`: goods, postage, delivery, payment charge, total, request, the three coupon totals, the
    /// additional fee to the user), the used points, every wrapping's price, every package's postage, delivery,
    /// goods and total price, every line's price and tax-included price, every coupon's total, and every tax
    /// summary row's reqPrice, reqPriceTax, totalPrice and couponPrice. An amount the transform does not read
    /// cannot make the 受注 wrong, so it does not hold the order back.
    package var hasUndeterminedAmounts: Bool {
        let sentinel = Self.undeterminedAmount
        var values = amounts.all + [usedPoint]
        values += wrappings.map(\.price)
        for package in packages {
            values += [package.postagePrice, package.deliveryPrice, package.goodsPrice, package.totalPrice]
            values += package.lines.flatMap { [$0.price, $0.priceTaxIncl ?? 0] }
        }
        values += coupons.map(\.totalPrice)
        values += taxSummary.flatMap { [$0.reqPrice, $0.reqPriceTax, $0.totalPrice, $0.couponPrice] }
        return values.contains(sentinel)
    }

    /// The packages that are not deleted.
    package var livePackages: [Package] { packages.filter { !$0.isDeleted } }

    /// Every line of every package that is not deleted, with its package index.
    package var liveLines: [(packageIndex: Int, line: Line)] {
        packages.enumerated().flatMap { index, package in
            package.isDeleted ? [] : package.liveLines.map { (index, $0) }
        }
    }
}
