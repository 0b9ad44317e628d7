import Foundation

extension RakutenOrder {
    /// The order-level amounts of an `OrderModel` (rakuten-rms.md §3.3), kept as RMS sent them.
    package struct Amounts: Sendable, Equatable {
        /// 商品金額 + ラッピング (raw price × units: tax-exclusive for 税別 lines, rakuten-rms.md §6).
        package var goodsPrice: Int
        /// 送料合計.
        package var postagePrice: Int
        /// 代引料合計.
        package var deliveryPrice: Int
        /// 決済手数料合計.
        package var paymentCharge: Int
        /// 決済手数料税率.
        package var paymentChargeTaxRate: TaxRate
        /// 合計金額: 商品 + 送料 + ラッピング (tax-inclusive).
        package var totalPrice: Int
        /// 請求金額: what the settlement method collects (after coupons and points).
        package var requestPrice: Int
        /// クーポン利用総額.
        package var couponAllTotalPrice: Int
        /// 店舗発行クーポン利用額 (原資コード 1).
        package var couponShopPrice: Int
        /// 楽天発行クーポン利用額 (Rakuten-funded).
        package var couponOtherPrice: Int
        /// 注文者負担金合計 (後払い手数料).
        package var additionalFeeToUser: Int

        /// Amounts; the rarely used ones default to 0.
        package init(
            goodsPrice: Int,
            postagePrice: Int,
            deliveryPrice: Int = 0,
            paymentCharge: Int = 0,
            paymentChargeTaxRate: TaxRate = .standard,
            totalPrice: Int,
            requestPrice: Int,
            couponAllTotalPrice: Int = 0,
            couponShopPrice: Int = 0,
            couponOtherPrice: Int = 0,
            additionalFeeToUser: Int = 0
        ) {
            self.goodsPrice = goodsPrice
            self.postagePrice = postagePrice
            self.deliveryPrice = deliveryPrice
            self.paymentCharge = paymentCharge
            self.paymentChargeTaxRate = paymentChargeTaxRate
            self.totalPrice = totalPrice
            self.requestPrice = requestPrice
            self.couponAllTotalPrice = couponAllTotalPrice
            self.couponShopPrice = couponShopPrice
            self.couponOtherPrice = couponOtherPrice
            self.additionalFeeToUser = additionalFeeToUser
        }

        /// Every amount, for the `-9999` check.
        var all: [Int] {
            [
                goodsPrice, postagePrice, deliveryPrice, paymentCharge, totalPrice, requestPrice, couponAllTotalPrice,
                couponShopPrice, couponOtherPrice, additionalFeeToUser,
            ]
        }
    }

    /// 支払方法 (`SettlementModel`).
    package struct Settlement: Sendable, Equatable, Hashable {
        /// `settlementMethodCode` (1 クレジットカード, 2 代金引換, …).
        package var code: Int
        /// `settlementMethod`, e.g. 「クレジットカード」.
        package var name: String?

        /// A settlement method.
        package init(code: Int, name: String?) {
            self.code = code
            self.name = name
        }
    }

    /// One ラッピング (`WrappingModel1` / `WrappingModel2`).
    package struct Wrapping: Sendable, Equatable {
        /// 1 包装紙 / 2 リボン.
        package var title: Int?
        /// Name.
        package var name: String?
        /// Price as entered.
        package var price: Int
        /// Whether `price` includes tax.
        package var includesTax: Bool
        /// Rate.
        package var taxRate: TaxRate

        /// A wrapping.
        package init(title: Int?, name: String?, price: Int, includesTax: Bool, taxRate: TaxRate) {
            self.title = title
            self.name = name
            self.price = price
            self.includesTax = includesTax
            self.taxRate = taxRate
        }
    }

    /// One 送付先 (`PackageModel`).
    package struct Package: Sendable, Equatable {
        /// 送付先ID (needed later for 発送完了報告).
        package var basketId: Int64
        /// 送料.
        package var postagePrice: Int
        /// 送料税率.
        package var postageTaxRate: TaxRate
        /// 代引料.
        package var deliveryPrice: Int
        /// 代引料税率.
        package var deliveryTaxRate: TaxRate
        /// 商品合計金額 (raw).
        package var goodsPrice: Int
        /// 合計金額 of the package.
        package var totalPrice: Int
        /// 送付先 person.
        package var recipient: OrderPerson?
        /// 送付先モデル削除フラグ.
        package var isDeleted: Bool
        /// 商品.
        package var lines: [Line]

        /// A package.
        package init(
            basketId: Int64,
            postagePrice: Int,
            postageTaxRate: TaxRate = .standard,
            deliveryPrice: Int = 0,
            deliveryTaxRate: TaxRate = .standard,
            goodsPrice: Int,
            totalPrice: Int,
            recipient: OrderPerson? = nil,
            isDeleted: Bool = false,
            lines: [Line]
        ) {
            self.basketId = basketId
            self.postagePrice = postagePrice
            self.postageTaxRate = postageTaxRate
            self.deliveryPrice = deliveryPrice
            self.deliveryTaxRate = deliveryTaxRate
            self.goodsPrice = goodsPrice
            self.totalPrice = totalPrice
            self.recipient = recipient
            self.isDeleted = isDeleted
            self.lines = lines
        }

        /// The lines that are not deleted and have units.
        package var liveLines: [Line] { lines.filter { !$0.isDeleted && $0.units > 0 } }
    }

    /// One coupon use (`CouponModel`).
    package struct Coupon: Sendable, Equatable {
        /// クーポンコード.
        package var code: String?
        /// クーポン名.
        package var name: String?
        /// 原資コード: 1 ショップ, 2 メーカー, 3 サービス.
        package var capitalCode: Int?
        /// 商品明細ID of the line it applies to; nil or 0 for an order-wide coupon.
        package var itemDetailId: Int64?
        /// 商品ID of the item it applies to; nil or 0 for an order-wide coupon.
        package var itemId: Int64?
        /// クーポン利用総額.
        package var totalPrice: Int

        /// A coupon.
        package init(
            code: String? = nil,
            name: String? = nil,
            capitalCode: Int?,
            itemDetailId: Int64? = nil,
            itemId: Int64? = nil,
            totalPrice: Int
        ) {
            self.code = code
            self.name = name
            self.capitalCode = capitalCode
            self.itemDetailId = itemDetailId
            self.itemId = itemId
            self.totalPrice = totalPrice
        }

        /// Shop-funded (原資コード 1, counted in `couponShopPrice`): a discount in the 受注. Other capital codes are
        /// Rakuten-funded (`couponOtherPrice`): paid to the shop by Rakuten, a tender (domain.md §4.4).
        package var isShopFunded: Bool { capitalCode == 1 }
    }

    /// One row of `TaxSummaryModelList` (rakuten-rms.md §6).
    package struct TaxSummaryRow: Sendable, Equatable {
        /// Rate.
        package var rate: TaxRate
        /// Tax-inclusive amount billed at this rate, after coupons and before points.
        package var reqPrice: Int
        /// The tax contained in `reqPrice`.
        package var reqPriceTax: Int
        /// 商品 + 送料 + ラッピング at this rate, before coupons.
        package var totalPrice: Int
        /// Coupons at this rate.
        package var couponPrice: Int

        /// A row.
        package init(rate: TaxRate, reqPrice: Int, reqPriceTax: Int, totalPrice: Int = 0, couponPrice: Int = 0) {
            self.rate = rate
            self.reqPrice = reqPrice
            self.reqPriceTax = reqPriceTax
            self.totalPrice = totalPrice
            self.couponPrice = couponPrice
        }
    }
}
