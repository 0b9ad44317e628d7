import Foundation
import SyncCore

/// Builds Rakuten orders the way the mall computes them (rakuten-rms.md §3.3: totals from `priceTaxIncl`, requestPrice
/// after coupons and points), so each test states only its business case. Tax summaries are never derived here:
/// a test that needs one writes its figures.
enum OrderTransformFixtures {
    static let orderDate = Date(timeIntervalSince1970: 1_719_204_033)  // 2024-06-24T13:40:33+0900

    static func line(
        _ detailId: Int64,
        manageNumber: String = "mug",
        variantId: String? = "mug",
        price: Int,
        units: Int = 1,
        rate: TaxRate = .standard,
        includesTax: Bool = true,
        priceTaxIncl: Int? = nil,
        itemNumber: String? = nil,
        selectedChoice: String? = nil
    ) -> RakutenOrder.Line {
        RakutenOrder.Line(
            itemDetailId: detailId,
            itemId: detailId + 5000,
            itemName: "商品\(detailId)",
            itemNumber: itemNumber ?? manageNumber,
            manageNumber: manageNumber,
            price: price,
            units: units,
            includesTax: includesTax,
            taxRate: rate,
            priceTaxIncl: priceTaxIncl ?? (includesTax ? price : nil),
            selectedChoice: selectedChoice,
            skus: [RakutenOrder.SKU(variantId: variantId ?? "")]
        )
    }

    static func package(
        _ basketId: Int64,
        postage: Int = 0,
        delivery: Int = 0,
        recipient: OrderPerson? = nil,
        lines: [RakutenOrder.Line]
    ) -> RakutenOrder.Package {
        let goods = lines.reduce(0) { $0 + $1.price * $1.units }
        let incl = lines.reduce(0) { $0 + ($1.priceTaxIncl ?? 0) * $1.units }
        return RakutenOrder.Package(
            basketId: basketId,
            postagePrice: postage,
            deliveryPrice: delivery,
            goodsPrice: goods,
            totalPrice: incl + postage,
            recipient: recipient,
            lines: lines
        )
    }

    static func order(
        _ number: String = "123456-20240624-00000001",
        progress: Int = 100,
        packages: [RakutenOrder.Package],
        coupons: [RakutenOrder.Coupon] = [],
        usedPoint: Int = 0,
        paymentCharge: Int = 0,
        settlementCode: Int = 1,
        taxSummary: [RakutenOrder.TaxSummaryRow] = []
    ) -> RakutenOrder {
        let totalPrice = packages.reduce(0) { $0 + $1.totalPrice }
        let delivery = packages.reduce(0) { $0 + $1.deliveryPrice }
        let couponAll = coupons.reduce(0) { $0 + $1.totalPrice }
        let couponShop = coupons.filter(\.isShopFunded).reduce(0) { $0 + $1.totalPrice }
        return RakutenOrder(
            orderNumber: number,
            progress: progress,
            orderDate: orderDate,
            deliveryDate: "2024-06-26",
            shippingTerm: 1416,
            remarks: "[配送日時指定:]\n2024-06-26(水)\n\n",
            deliveryName: "宅配便",
            orderer: OrderPerson(familyName: "楽天", firstName: "太郎", zipCode: "158-0094", prefecture: "東京都"),
            settlement: RakutenOrder.Settlement(code: settlementCode, name: settlementCode == 1 ? "クレジットカード" : "代金引換"),
            amounts: RakutenOrder.Amounts(
                goodsPrice: packages.reduce(0) { $0 + $1.goodsPrice },
                postagePrice: packages.reduce(0) { $0 + $1.postagePrice },
                deliveryPrice: delivery,
                paymentCharge: paymentCharge,
                totalPrice: totalPrice,
                requestPrice: totalPrice + delivery + paymentCharge - couponAll - usedPoint,
                couponAllTotalPrice: couponAll,
                couponShopPrice: couponShop,
                couponOtherPrice: couponAll - couponShop
            ),
            usedPoint: usedPoint,
            packages: packages,
            coupons: coupons,
            taxSummary: taxSummary
        )
    }

    static func shopCoupon(_ amount: Int, itemDetailId: Int64? = nil) -> RakutenOrder.Coupon {
        RakutenOrder.Coupon(
            code: "SHOP",
            name: "ショップクーポン",
            capitalCode: 1,
            itemDetailId: itemDetailId,
            totalPrice: amount
        )
    }

    static func rakutenCoupon(_ amount: Int) -> RakutenOrder.Coupon {
        RakutenOrder.Coupon(code: "RAKUTEN", name: "楽天クーポン", capitalCode: 3, itemDetailId: 0, totalPrice: amount)
    }

    /// Card (1) → 1, 代引 (2) → 2, POINT → 5, COUPON → 6; every SKU `m/v` → a product listed in `products`.
    static func resolvers(
        products: [ProductLookup: ProductResolution] = [
            .sku(manageNumber: "mug", variantId: "mug"): .mapped(productID: 1001, productCode: "M-1")
        ],
        payments: [String: Int] = ["1": 1, "2": 2, "POINT": 5, "COUPON": 6]
    ) -> OrderResolvers {
        OrderResolvers(
            product: { products[$0] ?? .unmapped },
            payment: { lookup in payments[lookup.mappingKey].map { .mapped(paymentMethodID: $0) } ?? .unmapped }
        )
    }

    /// The mixed 8 %/10 % order of issue #5 scenario 2: 10 % 税込 ¥1,980 × 2, 8 % 税込 ¥1,296, 8 % 税別 ¥500 × 3
    /// (¥540 incl.), postage ¥550, an order-wide shop coupon ¥300, a Rakuten coupon ¥200 and 1,000 points.
    static func mixedRateOrder(taxSummary: [RakutenOrder.TaxSummaryRow] = []) -> RakutenOrder {
        order(
            packages: [
                package(
                    1,
                    postage: 550,
                    lines: [
                        line(11, manageNumber: "towel", variantId: "towel", price: 1980, units: 2),
                        line(12, manageNumber: "tea", variantId: "tea", price: 1296, rate: .reduced),
                        line(
                            13,
                            manageNumber: "cookie",
                            variantId: "cookie",
                            price: 500,
                            units: 3,
                            rate: .reduced,
                            includesTax: false,
                            priceTaxIncl: 540
                        ),
                    ]
                )
            ],
            coupons: [shopCoupon(300), rakutenCoupon(200)],
            usedPoint: 1000,
            taxSummary: taxSummary
        )
    }

    static let mixedRateProducts: [ProductLookup: ProductResolution] = [
        .sku(manageNumber: "towel", variantId: "towel"): .mapped(productID: 2001, productCode: "TW"),
        .sku(manageNumber: "tea", variantId: "tea"): .mapped(productID: 2002, productCode: "TE"),
        .sku(manageNumber: "cookie", variantId: "cookie"): .mapped(productID: 2003, productCode: nil),
    ]
}
