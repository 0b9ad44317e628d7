import Foundation

/// The Smaregi 受注 a Rakuten order becomes, in domain terms (smaregi.md §5, docs/api-assumptions-smaregi.md).
/// Turned into the `POST /orders` body by SyncJobs (`SmaregiOrderDraft+Request.swift`). Codable so the orders job
/// can stage it (`transformed.jsonl`) and load it after a crash.
///
/// Amount rules (issue #5): lines at tax-inclusive unit prices; 送料 → `carriage`; 代引料 + 決済手数料 + 注文者負担金
/// → `commission`; ラッピング → `giftWrapPrice`; shop-funded coupons → `couponDiscount` (a discount); 楽天ポイント,
/// Rakuten-funded coupons and the settlement method → `tenders`. Then `total` (Smaregi's formula) equals what
/// Rakuten bills for the order: `requestPrice + usedPoint + couponOtherPrice`, and Σ tenders = `total`.
package struct SmaregiOrderDraft: Sendable, Equatable, Codable {
    /// One お届け先 (one Rakuten package) with its lines.
    package struct Destination: Sendable, Equatable, Codable {
        /// The Rakuten 送付先ID it came from.
        package var basketId: Int64
        /// お届け先.
        package var recipient: OrderPerson?
        /// お届け日指定, `yyyy-MM-dd`.
        package var deliveryDate: String?
        /// お届け時間帯 as text (`午前中`, `14:00-16:00`).
        package var deliveryTimeZone: String?
        /// 配送方法.
        package var deliveryMethod: String?
        /// Lines, in Rakuten's order.
        package var lines: [Line]

        enum CodingKeys: String, CodingKey {
            case basketId, recipient, deliveryDate, deliveryTimeZone, deliveryMethod, lines
        }

        /// A destination.
        package init(
            basketId: Int64,
            recipient: OrderPerson?,
            deliveryDate: String? = nil,
            deliveryTimeZone: String? = nil,
            deliveryMethod: String? = nil,
            lines: [Line]
        ) {
            self.basketId = basketId
            self.recipient = recipient
            self.deliveryDate = deliveryDate
            self.deliveryTimeZone = deliveryTimeZone
            self.deliveryMethod = deliveryMethod
            self.lines = lines
        }
    }

    /// One 受注明細.
    package struct Line: Sendable, Equatable, Codable {
        /// Smaregi 商品ID.
        package var productID: Int
        /// Smaregi 商品コード, when the mapping knows it.
        package var productCode: String?
        /// The Rakuten 商品名 (with its 項目選択肢).
        package var productName: String?
        /// Tax-inclusive unit price (`priceTaxIncl`).
        package var unitPrice: Int
        /// 数量.
        package var quantity: Int
        /// 税率.
        package var taxRate: TaxRate
        /// The Rakuten 商品明細ID it came from.
        package var rakutenItemDetailId: Int64

        enum CodingKeys: String, CodingKey {
            case productID, productCode, productName, unitPrice, quantity, taxRate, rakutenItemDetailId
        }

        /// A line.
        package init(
            productID: Int,
            productCode: String?,
            productName: String?,
            unitPrice: Int,
            quantity: Int,
            taxRate: TaxRate,
            rakutenItemDetailId: Int64
        ) {
            self.productID = productID
            self.productCode = productCode
            self.productName = productName
            self.unitPrice = unitPrice
            self.quantity = quantity
            self.taxRate = taxRate
            self.rakutenItemDetailId = rakutenItemDetailId
        }
    }

    /// One payment of the order.
    package struct Tender: Sendable, Equatable, Codable {
        /// What Rakuten calls it.
        package var source: PaymentLookup
        /// Smaregi 支払方法ID.
        package var paymentMethodID: Int
        /// Yen.
        package var amount: Int

        enum CodingKeys: String, CodingKey {
            case source, paymentMethodID, amount
        }

        /// A tender.
        package init(source: PaymentLookup, paymentMethodID: Int, amount: Int) {
            self.source = source
            self.paymentMethodID = paymentMethodID
            self.amount = amount
        }
    }

    /// Where `taxes` come from.
    package enum TaxSource: String, Sendable, Equatable, Codable {
        /// Rakuten's `TaxSummaryModelList` (what the customer's receipt shows; trusted on a difference,
        /// domain.md §4.5).
        case rakuten
        /// Computed by the invoice rule with the store's rounding (orders without a TaxSummary).
        case computed
    }

    /// 受注番号: the Rakuten order number.
    package var orderCode: String
    /// 注文日時.
    package var orderDate: Date
    /// 注文者.
    package var customer: OrderPerson?
    /// メモ.
    package var memo: String?
    /// お届け先, one per Rakuten package, in Rakuten's order.
    package var destinations: [Destination]
    /// 送料.
    package var carriage: Int
    /// 手数料: 代引料 + 決済手数料 + 注文者負担金.
    package var commission: Int
    /// ギフトラッピング料.
    package var giftWrapPrice: Int
    /// Shop-funded coupons (クーポン値引き).
    package var couponDiscount: Int
    /// Payments: settlement, 楽天ポイント, Rakuten-funded coupons (only those with an amount).
    package var tenders: [Tender]
    /// Consumption tax per rate, highest rate first.
    package var taxes: [RateTax]
    /// Where `taxes` come from.
    package var taxSource: TaxSource

    enum CodingKeys: String, CodingKey {
        case orderCode, orderDate, customer, memo, destinations, carriage, commission, giftWrapPrice, couponDiscount
        case tenders, taxes, taxSource
    }

    /// A draft.
    package init(
        orderCode: String,
        orderDate: Date,
        customer: OrderPerson?,
        memo: String?,
        destinations: [Destination],
        carriage: Int,
        commission: Int,
        giftWrapPrice: Int,
        couponDiscount: Int,
        tenders: [Tender],
        taxes: [RateTax],
        taxSource: TaxSource
    ) {
        self.orderCode = orderCode
        self.orderDate = orderDate
        self.customer = customer
        self.memo = memo
        self.destinations = destinations
        self.carriage = carriage
        self.commission = commission
        self.giftWrapPrice = giftWrapPrice
        self.couponDiscount = couponDiscount
        self.tenders = tenders
        self.taxes = taxes
        self.taxSource = taxSource
    }

    /// 小計: Σ unit price × quantity over every destination.
    package var subtotal: Int {
        destinations.reduce(0) { sum, destination in
            sum + destination.lines.reduce(0) { $0 + $1.unitPrice * $1.quantity }
        }
    }

    /// Smaregi's `total` (smaregi.md §5): 小計 + (送料 + 手数料 + ギフトラッピング料) − クーポン値引き.
    package var total: Int {
        subtotal + carriage + commission + giftWrapPrice - couponDiscount
    }
}
