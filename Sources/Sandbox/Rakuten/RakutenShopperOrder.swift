/// A control-API request to place an order as a shopper would (`POST /_sandbox/rakuten/shops/{shop}/orders`).
///
/// Either `packages` or the one-package shorthand `lines` + `postagePrice` + `deliveryPrice`.
struct RakutenShopperOrder: Sendable, Equatable, Decodable {
    struct Line: Sendable, Equatable, Decodable {
        var manageNumber: String
        var variantId: String?
        var legacyOptions: LegacyOptions?
        var units: Int

        enum CodingKeys: String, CodingKey { case manageNumber, variantId, legacyOptions, units }
    }

    struct LegacyOptions: Sendable, Equatable, Decodable {
        var horizontal: String
        var vertical: String?

        enum CodingKeys: String, CodingKey { case horizontal, vertical }
    }

    struct Package: Sendable, Equatable, Decodable {
        var lines: [Line]
        var postagePrice: Int?
        var deliveryPrice: Int?
        var sender: Person?

        enum CodingKeys: String, CodingKey { case lines, postagePrice, deliveryPrice, sender }
    }

    struct Coupon: Sendable, Equatable, Decodable {
        var couponCode: String?
        var couponName: String?
        /// 1 ショップ, 2 メーカー, 3 サービス (Rakuten).
        var capitalCode: Int?
        /// Total discount of this coupon.
        var price: Int
        /// Item coupon: the discount belongs to this item's tax rate.
        var manageNumber: String?

        enum CodingKeys: String, CodingKey { case couponCode, couponName, capitalCode, price, manageNumber }
    }

    struct Person: Sendable, Equatable, Decodable {
        var familyName: String?
        var firstName: String?
        var familyNameKana: String?
        var firstNameKana: String?
        var zipCode1: String?
        var zipCode2: String?
        var prefecture: String?
        var city: String?
        var subAddress: String?
        var phoneNumber1: String?
        var phoneNumber2: String?
        var phoneNumber3: String?
        var emailAddress: String?

        enum CodingKeys: String, CodingKey {
            case familyName, firstName, familyNameKana, firstNameKana, zipCode1, zipCode2, prefecture, city
            case subAddress, phoneNumber1, phoneNumber2, phoneNumber3, emailAddress
        }
    }

    var orderNumber: String?
    var orderDatetime: String?
    var orderProgress: Int?
    var orderType: Int?
    var packages: [Package]?
    var lines: [Line]?
    var postagePrice: Int?
    var deliveryPrice: Int?
    var settlementMethodCode: Int?
    var paymentCharge: Int?
    var usedPoint: Int?
    var coupons: [Coupon]?
    var shopCouponPrice: Int?
    var rakutenCouponPrice: Int?
    var orderer: Person?
    var deliveryName: String?
    var remarks: String?

    enum CodingKeys: String, CodingKey {
        case orderNumber, orderDatetime, orderProgress, orderType, packages, lines, postagePrice, deliveryPrice
        case settlementMethodCode, paymentCharge, usedPoint, coupons, shopCouponPrice, rakutenCouponPrice, orderer
        case deliveryName, remarks
    }

    /// The packages, expanding the one-package shorthand.
    var allPackages: [Package] {
        if let packages, !packages.isEmpty { return packages }
        return [Package(lines: lines ?? [], postagePrice: postagePrice, deliveryPrice: deliveryPrice, sender: nil)]
    }

    /// The coupons, expanding the `shopCouponPrice` / `rakutenCouponPrice` shorthands.
    var allCoupons: [Coupon] {
        var list = coupons ?? []
        if let shopCouponPrice, shopCouponPrice > 0 {
            list.append(Coupon(couponCode: nil, couponName: "ショップクーポン", capitalCode: 1, price: shopCouponPrice))
        }
        if let rakutenCouponPrice, rakutenCouponPrice > 0 {
            list.append(Coupon(couponCode: nil, couponName: "楽天クーポン", capitalCode: 3, price: rakutenCouponPrice))
        }
        return list
    }
}
