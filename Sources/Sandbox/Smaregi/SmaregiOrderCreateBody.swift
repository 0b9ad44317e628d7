import Foundation

/// The body of order-shipment `POST /orders` (受注登録) as the sandbox reads it.
///
/// Documented (smaregi.md §5): `orderCode`, `orderDateTime`, the integer amounts and `total`. Everything else (store,
/// customer, destinations with their lines, payments, per-rate taxes) is the sandbox's assumption, listed in
/// docs/api-assumptions-smaregi.md. Integers and booleans are real JSON types here; IDs are strings, as in the
/// documented 受注店舗 response.
struct SmaregiOrderCreateBody: Decodable, Sendable {
    var orderCode: String?
    var orderDateTime: String?
    var storeId: String?
    var memo: String?
    var customer: SmaregiOrderPerson?
    var carriage: Int?
    var commission: Int?
    var giftWrapPrice: Int?
    var totalPointDiscount: Int?
    var totalCouponDiscount: Int?
    var subtotalCouponDiscount: Int?
    var totalPromotionDiscount: Int?
    var taxExclude: Int?
    var subtotal: Int?
    var total: Int?
    var taxes: [SmaregiOrderTax]?
    var payments: [SmaregiOrderPaymentBody]?
    var destinations: [SmaregiOrderDestinationBody]?

    enum CodingKeys: String, CodingKey {
        case orderCode, orderDateTime, storeId, memo, customer, carriage, commission, giftWrapPrice
        case totalPointDiscount, totalCouponDiscount, subtotalCouponDiscount, totalPromotionDiscount, taxExclude
        case subtotal, total, taxes, payments, destinations
    }
}

/// A person on a 受注: the orderer (`customer`) or a recipient (destination).
struct SmaregiOrderPerson: Codable, Sendable, Equatable {
    var lastName: String?
    var firstName: String?
    var lastKana: String?
    var firstKana: String?
    var zipCode: String?
    var prefecture: String?
    var address1: String?
    var address2: String?
    var phoneNumber: String?
    var mailAddress: String?

    enum CodingKeys: String, CodingKey {
        case lastName, firstName, lastKana, firstKana, zipCode, prefecture, address1, address2, phoneNumber, mailAddress
    }
}

/// One per-rate tax figure of a 受注: the tax-inclusive amount at `taxRate` and the tax contained in it.
struct SmaregiOrderTax: Codable, Sendable, Equatable {
    var taxRate: Int
    var taxableAmount: Int
    var tax: Int

    enum CodingKeys: String, CodingKey {
        case taxRate, taxableAmount, tax
    }
}

/// A payment of a 受注 in the request.
struct SmaregiOrderPaymentBody: Decodable, Sendable {
    var paymentMethodId: String
    var amount: Int

    enum CodingKeys: String, CodingKey {
        case paymentMethodId, amount
    }
}

/// A destination (お届け先) of a 受注 in the request, with its own lines.
struct SmaregiOrderDestinationBody: Decodable, Sendable {
    var recipient: SmaregiOrderPerson?
    var deliveryDate: String?
    var deliveryTimeZone: String?
    var deliveryMethod: String?
    var details: [SmaregiOrderDetailBody]?

    enum CodingKeys: String, CodingKey {
        case recipient, deliveryDate, deliveryTimeZone, deliveryMethod, details
    }
}

/// A line of a destination in the request: the tax-inclusive unit price times the quantity.
struct SmaregiOrderDetailBody: Decodable, Sendable {
    var productId: String
    var productCode: String?
    var productName: String?
    var price: Int
    var quantity: Int
    var taxRate: Int

    enum CodingKeys: String, CodingKey {
        case productId, productCode, productName, price, quantity, taxRate
    }
}
