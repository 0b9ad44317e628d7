import Foundation

/// The body of 受注管理 `POST /orders` (受注登録). Real JSON integers here, IDs as strings (smaregi.md §2, §5);
/// the shape beyond the documented amount fields is in docs/api-assumptions-smaregi.md.
///
/// `total` must equal Σ price × quantity + taxExclude + carriage + commission + giftWrapPrice − (totalPointDiscount +
/// totalCouponDiscount + subtotalCouponDiscount + totalPromotionDiscount); `expectedTotal` computes it.
package struct SmaregiOrderCreateRequest: Encodable, Sendable, Equatable {
    /// 注文者 or お届け先 person.
    package struct Person: Codable, Sendable, Equatable {
        package var lastName: String?
        package var firstName: String?
        package var lastKana: String?
        package var firstKana: String?
        package var zipCode: String?
        package var prefecture: String?
        package var address1: String?
        package var address2: String?
        package var phoneNumber: String?
        package var mailAddress: String?

        enum CodingKeys: String, CodingKey {
            case lastName, firstName, lastKana, firstKana, zipCode, prefecture, address1, address2, phoneNumber,
                mailAddress
        }

        /// A person; every field optional.
        package init(
            lastName: String? = nil,
            firstName: String? = nil,
            lastKana: String? = nil,
            firstKana: String? = nil,
            zipCode: String? = nil,
            prefecture: String? = nil,
            address1: String? = nil,
            address2: String? = nil,
            phoneNumber: String? = nil,
            mailAddress: String? = nil
        ) {
            self.lastName = lastName
            self.firstName = firstName
            self.lastKana = lastKana
            self.firstKana = firstKana
            self.zipCode = zipCode
            self.prefecture = prefecture
            self.address1 = address1
            self.address2 = address2
            self.phoneNumber = phoneNumber
            self.mailAddress = mailAddress
        }
    }

    /// Tax-inclusive amount at one rate and the tax it contains.
    package struct Tax: Codable, Sendable, Equatable {
        package var taxRate: Int
        package var taxableAmount: Int
        package var tax: Int

        enum CodingKeys: String, CodingKey {
            case taxRate, taxableAmount, tax
        }

        /// A per-rate figure.
        package init(taxRate: Int, taxableAmount: Int, tax: Int) {
            self.taxRate = taxRate
            self.taxableAmount = taxableAmount
            self.tax = tax
        }
    }

    /// A payment by Smaregi payment method ID.
    package struct Payment: Encodable, Sendable, Equatable {
        package var paymentMethodId: String
        package var amount: Int

        enum CodingKeys: String, CodingKey {
            case paymentMethodId, amount
        }

        /// A payment of `amount` yen.
        package init(paymentMethodId: Int, amount: Int) {
            self.paymentMethodId = String(paymentMethodId)
            self.amount = amount
        }
    }

    /// One line: tax-inclusive unit price × quantity at `taxRate` percent.
    package struct Detail: Encodable, Sendable, Equatable {
        package var productId: String
        package var productCode: String?
        package var productName: String?
        package var price: Int
        package var quantity: Int
        package var taxRate: Int

        enum CodingKeys: String, CodingKey {
            case productId, productCode, productName, price, quantity, taxRate
        }

        /// A line.
        package init(
            productId: Int,
            productCode: String?,
            productName: String?,
            price: Int,
            quantity: Int,
            taxRate: Int
        ) {
            self.productId = String(productId)
            self.productCode = productCode
            self.productName = productName
            self.price = price
            self.quantity = quantity
            self.taxRate = taxRate
        }
    }

    /// One お届け先 with its own lines.
    package struct Destination: Encodable, Sendable, Equatable {
        package var recipient: Person?
        /// `YYYY-MM-DD`.
        package var deliveryDate: String?
        package var deliveryTimeZone: String?
        package var deliveryMethod: String?
        package var details: [Detail]

        enum CodingKeys: String, CodingKey {
            case recipient, deliveryDate, deliveryTimeZone, deliveryMethod, details
        }

        /// A destination.
        package init(
            recipient: Person?,
            deliveryDate: String? = nil,
            deliveryTimeZone: String? = nil,
            deliveryMethod: String? = nil,
            details: [Detail]
        ) {
            self.recipient = recipient
            self.deliveryDate = deliveryDate
            self.deliveryTimeZone = deliveryTimeZone
            self.deliveryMethod = deliveryMethod
            self.details = details
        }
    }

    /// 受注番号 (`^[ -~]{1,50}$`, unique per contract): the Rakuten order number.
    package var orderCode: String
    /// `YYYY-MM-DDThh:mm:ss+09:00`.
    package var orderDateTime: String
    /// The 受注店舗.
    package var storeId: String
    package var memo: String?
    package var customer: Person?
    package var carriage: Int
    package var commission: Int
    package var giftWrapPrice: Int
    package var totalPointDiscount: Int
    package var totalCouponDiscount: Int
    package var subtotalCouponDiscount: Int
    package var totalPromotionDiscount: Int
    package var taxExclude: Int
    package var total: Int
    package var taxes: [Tax]
    package var payments: [Payment]
    package var destinations: [Destination]

    enum CodingKeys: String, CodingKey {
        case orderCode, orderDateTime, storeId, memo, customer, carriage, commission, giftWrapPrice, totalPointDiscount
        case totalCouponDiscount, subtotalCouponDiscount, totalPromotionDiscount, taxExclude, total, taxes, payments
        case destinations
    }

    /// A 受注; `total` defaults to the documented formula over the other fields.
    package init(
        orderCode: String,
        orderDate: Date,
        storeId: Int,
        memo: String? = nil,
        customer: Person? = nil,
        carriage: Int = 0,
        commission: Int = 0,
        giftWrapPrice: Int = 0,
        totalPointDiscount: Int = 0,
        totalCouponDiscount: Int = 0,
        subtotalCouponDiscount: Int = 0,
        totalPromotionDiscount: Int = 0,
        taxExclude: Int = 0,
        total: Int? = nil,
        taxes: [Tax] = [],
        payments: [Payment] = [],
        destinations: [Destination]
    ) {
        self.orderCode = orderCode
        self.orderDateTime = SmaregiDateFormat.string(from: orderDate)
        self.storeId = String(storeId)
        self.memo = memo
        self.customer = customer
        self.carriage = carriage
        self.commission = commission
        self.giftWrapPrice = giftWrapPrice
        self.totalPointDiscount = totalPointDiscount
        self.totalCouponDiscount = totalCouponDiscount
        self.subtotalCouponDiscount = subtotalCouponDiscount
        self.totalPromotionDiscount = totalPromotionDiscount
        self.taxExclude = taxExclude
        self.total = 0
        self.taxes = taxes
        self.payments = payments
        self.destinations = destinations
        self.total = total ?? expectedTotal
    }

    /// 小計: Σ price × quantity over every destination.
    package var subtotal: Int {
        destinations.reduce(0) { sum, destination in sum + destination.details.reduce(0) { $0 + $1.price * $1.quantity }
        }
    }

    /// The documented `total` (smaregi.md §5).
    package var expectedTotal: Int {
        subtotal + taxExclude + carriage + commission + giftWrapPrice
            - (totalPointDiscount + totalCouponDiscount + subtotalCouponDiscount + totalPromotionDiscount)
    }
}
