import Foundation

extension RakutenOrderBuilder {
    /// Writes the OrderModel JSON (getOrder v9 shape) with every amount computed.
    func makeModel(
        _ order: RakutenShopperOrder,
        orderNumber: String,
        orderDate: Date,
        lines packages: [[Line]],
        shop: RakutenShopState
    ) throws -> SandboxJSON {
        let rounding = shop.shop.taxRounding
        let shopperPackages = order.allPackages
        var goodsTotal = 0
        var totalTotal = 0
        var postageTotal = 0
        var deliveryTotal = 0
        var goodsInclByRate: [Int: Int] = [:]
        var packageJSON: [SandboxJSON] = []
        let orderer = Self.person(order.orderer)
        for (index, lines) in packages.enumerated() {
            let postage = shopperPackages[index].postagePrice ?? 0
            let delivery = shopperPackages[index].deliveryPrice ?? 0
            let goods = lines.reduce(0) { $0 + $1.variant.price * $1.units }
            let itemsIncl = lines.reduce(0) { $0 + $1.priceTaxIncl * $1.units }
            for line in lines {
                goodsInclByRate[line.item.taxRatePercent, default: 0] += line.priceTaxIncl * line.units
            }
            goodsTotal += goods
            totalTotal += itemsIncl + postage
            postageTotal += postage
            deliveryTotal += delivery
            let sender = shopperPackages[index].sender.map(Self.person) ?? orderer
            packageJSON.append(
                .fields([
                    "basketId": .int(issue()), "postagePrice": .int(postage), "postageTaxRate": .double(0.1),
                    "deliveryPrice": .int(delivery), "deliveryTaxRate": .double(0.1), "goodsPrice": .int(goods),
                    "totalPrice": .int(itemsIncl + postage), "noshi": .null,
                    "defaultDeliveryCompanyCode": .string("1001"),
                    "dropOffFlag": .int(0), "dropOffLocation": .null, "packageDeleteFlag": .int(0),
                    "SenderModel": Self.senderModel(sender), "ItemModelList": .array(lines.map(itemModel)),
                    "ShippingModelList": .array([]), "DeliveryCvsModel": .null,
                ])
            )
        }
        // Coupons per rate.
        let coupons = order.allCoupons
        var couponByRate: [Int: Int] = [:]
        var couponJSON: [SandboxJSON] = []
        let allLines = packages.flatMap { $0 }
        for coupon in coupons {
            guard coupon.price > 0 else {
                throw SandboxError.rejected(status: 400, reason: "coupon price must be positive")
            }
            if let manageNumber = coupon.manageNumber?.lowercased() {
                guard let line = allLines.first(where: { $0.item.manageNumber == manageNumber }) else {
                    throw SandboxError.rejected(status: 400, reason: "item coupon for an item not in the order")
                }
                couponByRate[line.item.taxRatePercent, default: 0] += coupon.price
            } else {
                for (rate, share) in Self.split(coupon.price, over: goodsInclByRate) {
                    couponByRate[rate, default: 0] += share
                }
            }
            let capital = coupon.capitalCode ?? 1
            let line = coupon.manageNumber.flatMap { m in allLines.first { $0.item.manageNumber == m.lowercased() } }
            couponJSON.append(
                .fields([
                    "couponCode": .string(coupon.couponCode ?? "SANDBOX-\(couponJSON.count + 1)"),
                    "itemId": .int(line?.item.itemId ?? 0), "couponName": .string(coupon.couponName ?? "クーポン"),
                    "couponSummary": .string("\(coupon.price)円OFF"),
                    "couponCapital": .string([1: "ショップ", 2: "メーカー", 3: "サービス"][capital] ?? "サービス"),
                    "couponCapitalCode": .int(capital),
                    "expiryDate": .string(RakutenDates.day(orderDate.addingTimeInterval(30 * 86_400))),
                    "couponPrice": .int(coupon.price), "couponUnit": .int(1), "couponTotalPrice": .int(coupon.price),
                    "itemDetailId": .int(line?.itemDetailId ?? 0),
                ])
            )
        }
        let couponShop = coupons.filter { ($0.capitalCode ?? 1) == 1 }.reduce(0) { $0 + $1.price }
        let couponAll = coupons.reduce(0) { $0 + $1.price }
        let paymentCharge = order.paymentCharge ?? 0
        let usedPoint = order.usedPoint ?? 0
        let requestPrice = totalTotal + deliveryTotal + paymentCharge - couponAll - usedPoint
        guard couponAll <= totalTotal, requestPrice >= 0, usedPoint >= 0 else {
            throw SandboxError.rejected(status: 400, reason: "coupons and points exceed the order amount")
        }
        // TaxSummaryModelList, one row per rate, highest rate first.
        var rates = Set(goodsInclByRate.keys)
        if postageTotal + deliveryTotal + paymentCharge > 0 { rates.insert(10) }
        let taxSummary: [SandboxJSON] = rates.sorted(by: >).map { rate in
            let tenPercentExtras = rate == 10
            let total = (goodsInclByRate[rate] ?? 0) + (tenPercentExtras ? postageTotal : 0)
            let coupon = couponByRate[rate] ?? 0
            let reqPrice = total + (tenPercentExtras ? deliveryTotal + paymentCharge : 0) - coupon
            return .fields([
                "taxRate": Self.rate(rate), "reqPrice": .int(reqPrice),
                "reqPriceTax": .int(rounding.taxContained(in: reqPrice, ratePercent: rate)), "totalPrice": .int(total),
                "paymentCharge": .int(tenPercentExtras ? paymentCharge : 0), "couponPrice": .int(coupon),
                "point": .int(0),
            ])
        }
        let settlementCode = order.settlementMethodCode ?? 1
        let orderDay = RakutenDates.day(orderDate)
        return .fields([
            "orderNumber": .string(orderNumber), "orderProgress": .int(order.orderProgress ?? 100),
            "subStatusId": .null,
            "subStatusName": .null, "orderDatetime": .string(RakutenDates.orderDatetime(orderDate)),
            "shopOrderCfmDatetime": .null, "orderFixDatetime": .null, "shippingInstDatetime": .null,
            "shippingCmplRptDatetime": .null,
            "cancelDueDate": .string(RakutenDates.day(orderDate.addingTimeInterval(14 * 86_400))),
            "deliveryDate": .null, "shippingTerm": .null,
            "remarks": .string(order.remarks ?? "[配送日時指定:]\n\(orderDay)\n\n\n"), "giftCheckFlag": .int(0),
            "severalSenderFlag": .int(packages.count > 1 ? 1 : 0),
            "equalSenderFlag": .int(packages.count == 1 && shopperPackages[0].sender == nil ? 1 : 0),
            "isolatedIslandFlag": .int(0), "rakutenMemberFlag": .int(1), "carrierCode": .int(0),
            "emailCarrierCode": .int(0), "orderType": .int(order.orderType ?? 1), "reserveNumber": .null,
            "reserveDeliveryCount": .null, "cautionDisplayType": .int(0), "cautionDisplayDetailType": .null,
            "rakutenConfirmFlag": .int(0), "goodsPrice": .int(goodsTotal), "postagePrice": .int(postageTotal),
            "deliveryPrice": .int(deliveryTotal), "paymentCharge": .int(paymentCharge),
            "paymentChargeTaxRate": .double(0.1), "totalPrice": .int(totalTotal), "requestPrice": .int(requestPrice),
            "couponAllTotalPrice": .int(couponAll), "couponShopPrice": .int(couponShop),
            "couponOtherPrice": .int(couponAll - couponShop), "additionalFeeOccurAmountToUser": .int(0),
            "additionalFeeOccurAmountToShop": .int(0), "asurakuFlag": .int(0), "drugFlag": .int(0), "dealFlag": .int(0),
            "deliveryCertPrgFlag": .int(0), "oneDayOperationFlag": .int(0), "membershipType": .int(0), "memo": .null,
            "operator": .null, "mailPlugSentence": .null, "modifyFlag": .int(0), "receiptIssueCount": .int(0),
            "receiptIssueHistoryList": .array([]), "OrdererModel": Self.ordererModel(orderer),
            "SettlementModel": Self.settlementModel(settlementCode),
            "DeliveryModel": .fields(["deliveryName": .string(order.deliveryName ?? "宅配便"), "deliveryClass": .null]),
            "PointModel": .fields(["usedPoint": .int(usedPoint)]), "WrappingModel1": .null, "WrappingModel2": .null,
            "PackageModelList": .array(packageJSON), "CouponModelList": couponJSON.isEmpty ? .null : .array(couponJSON),
            "ChangeReasonModelList": .array([]), "TaxSummaryModelList": .array(taxSummary),
            "DueDateModelList": .array([]),
        ])
    }

    private func itemModel(_ line: Line) -> SandboxJSON {
        let item = line.item
        let inventoryType = line.legacy != nil ? 2 : (item.inventoryManaged ? 1 : 0)
        var itemNumber = item.itemNumber
        var selectedChoice: SandboxJSON = .null
        var sku: SandboxJSON = .fields([
            "variantId": .string(line.variant.variantId),
            "merchantDefinedSkuId": .orNull(line.variant.merchantDefinedSkuId),
            "skuInfo": .orNull(line.variant.skuInfo),
        ])
        if let legacy = line.legacy, let options = item.legacy {
            // Pre-migration shape: itemNumber = 商品番号 + 横軸子番号 + 縦軸子番号, choices in selectedChoice,
            // empty variantId (rakuten-rms.md §4.4).
            itemNumber += options.childNumber(horizontal: legacy.horizontal, vertical: legacy.vertical)
            var choice = "\(options.horizontalName):\(legacy.horizontal)"
            if let verticalName = options.verticalName, let vertical = legacy.vertical {
                choice += " \(verticalName):\(vertical)"
            }
            selectedChoice = .string(choice)
            sku = .fields(["variantId": .string(""), "merchantDefinedSkuId": .null, "skuInfo": .null])
        }
        return .fields([
            "itemDetailId": .int(line.itemDetailId), "itemName": .string(item.title), "itemId": .int(item.itemId),
            "itemNumber": .string(itemNumber), "manageNumber": .string(item.manageNumber),
            "price": .int(line.variant.price), "units": .int(line.units), "includePostageFlag": .int(0),
            "includeTaxFlag": .int(item.taxIncluded ? 1 : 0), "includeCashOnDeliveryPostageFlag": .int(0),
            "selectedChoice": selectedChoice, "pointRate": .int(1), "pointType": .int(0),
            "inventoryType": .int(inventoryType), "delvdateInfo": .null, "restoreInventoryFlag": .int(0),
            "dealFlag": .int(0), "drugFlag": .int(0), "deleteItemFlag": .int(0),
            "taxRate": Self.rate(item.taxRatePercent),
            "priceTaxIncl": .int(line.priceTaxIncl), "isSingleItemShipping": .int(0), "SkuModelList": .array([sku]),
        ])
    }

    /// Splits `amount` over rates in proportion to `weights` (floor; the remainder goes to the largest weight).
    static func split(_ amount: Int, over weights: [Int: Int]) -> [Int: Int] {
        let total = weights.values.reduce(0, +)
        guard total > 0 else { return [10: amount] }
        var shares: [Int: Int] = [:]
        for (rate, weight) in weights { shares[rate] = amount * weight / total }
        let remainder = amount - shares.values.reduce(0, +)
        if let largest = weights.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key {
            shares[largest, default: 0] += remainder
        }
        return shares
    }

    static func person(_ person: RakutenShopperOrder.Person?) -> RakutenShopperOrder.Person {
        RakutenShopperOrder.Person(
            familyName: person?.familyName ?? "楽天",
            firstName: person?.firstName ?? "太郎",
            familyNameKana: person?.familyNameKana ?? "ラクテン",
            firstNameKana: person?.firstNameKana ?? "タロウ",
            zipCode1: person?.zipCode1 ?? "158",
            zipCode2: person?.zipCode2 ?? "0094",
            prefecture: person?.prefecture ?? "東京都",
            city: person?.city ?? "世田谷区",
            subAddress: person?.subAddress ?? "玉川１丁目１４−１ 楽天クリムゾンハウス",
            phoneNumber1: person?.phoneNumber1 ?? "03",
            phoneNumber2: person?.phoneNumber2 ?? "1234",
            phoneNumber3: person?.phoneNumber3 ?? "5678",
            emailAddress: person?.emailAddress ?? "sandbox0000s9@pc.fw.rakuten.ne.jp"
        )
    }

    static func ordererModel(_ p: RakutenShopperOrder.Person) -> SandboxJSON {
        .fields([
            "zipCode1": .orNull(p.zipCode1), "zipCode2": .orNull(p.zipCode2), "prefecture": .orNull(p.prefecture),
            "city": .orNull(p.city), "subAddress": .orNull(p.subAddress), "familyName": .orNull(p.familyName),
            "firstName": .orNull(p.firstName), "familyNameKana": .orNull(p.familyNameKana),
            "firstNameKana": .orNull(p.firstNameKana), "phoneNumber1": .orNull(p.phoneNumber1),
            "phoneNumber2": .orNull(p.phoneNumber2), "phoneNumber3": .orNull(p.phoneNumber3),
            "emailAddress": .orNull(p.emailAddress), "sex": .null, "birthYear": .null, "birthMonth": .null,
            "birthDay": .null,
        ])
    }

    static func senderModel(_ p: RakutenShopperOrder.Person) -> SandboxJSON {
        .fields([
            "zipCode1": .orNull(p.zipCode1), "zipCode2": .orNull(p.zipCode2), "prefecture": .orNull(p.prefecture),
            "city": .orNull(p.city), "subAddress": .orNull(p.subAddress), "familyName": .orNull(p.familyName),
            "firstName": .orNull(p.firstName), "familyNameKana": .orNull(p.familyNameKana),
            "firstNameKana": .orNull(p.firstNameKana), "phoneNumber1": .orNull(p.phoneNumber1),
            "phoneNumber2": .orNull(p.phoneNumber2), "phoneNumber3": .orNull(p.phoneNumber3),
            "isolatedIslandFlag": .int(0),
        ])
    }

    /// Names of settlement method codes (rakuten-rms.md §3.2).
    static let settlementNames: [Int: String] = [
        1: "クレジットカード", 2: "代金引換", 4: "ショッピングクレジット／ローン", 5: "オートローン", 6: "リース",
        7: "請求書払い", 9: "銀行振込", 12: "Apple Pay", 13: "セブンイレブン（前払）", 14: "ローソン、郵便局ATM等（前払）",
        16: "Alipay", 17: "PayPal", 21: "後払い決済", 27: "Alipay（支付宝）",
    ]

    static func settlementModel(_ code: Int) -> SandboxJSON {
        let card = code == 1
        return .fields([
            "settlementMethodCode": .int(code), "settlementMethod": .string(settlementNames[code] ?? "その他"),
            "rpaySettlementFlag": .int(1), "cardName": card ? .string("VISA") : .null,
            "cardNumber": card ? .string("XXXX-XXXX-XXXX-0134") : .null,
            "cardOwner": card ? .string("TARO RAKUTEN") : .null,
            "cardYm": card ? .string("2033-11") : .null, "cardPayType": card ? .int(0) : .null,
            "cardInstallmentDesc": .null,
        ])
    }
}
