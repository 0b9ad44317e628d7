import Foundation
import RakutenRMS
import SyncCore

extension RakutenOrder {
    /// The domain order of a getOrder `OrderModel` (rakuten-rms.md §3.3), for the transform.
    ///
    /// Conversions at this edge: rates from RMS decimals to whole percents (a missing or odd rate is read as the
    /// standard 10 %); absent amounts as 0 while `-9999` is kept; deleted wrappings left out; 郵便番号 and 電話番号
    /// joined with `-`; a coupon's amount is `couponTotalPrice`, else `couponPrice × couponUnit`.
    package init(rms model: RMSOrderModel) {
        self.init(
            orderNumber: model.orderNumber,
            progress: model.orderProgress,
            orderDate: model.orderDate,
            deliveryDate: model.deliveryDate,
            shippingTerm: model.shippingTerm,
            remarks: model.remarks,
            deliveryName: model.deliveryModel?.deliveryName,
            orderer: model.ordererModel.map(OrderPerson.init(rms:)),
            settlement: model.settlementModel.flatMap { settlement in
                settlement.settlementMethodCode.map { Settlement(code: $0, name: settlement.settlementMethod) }
            },
            amounts: Amounts(
                goodsPrice: model.goodsPrice,
                postagePrice: model.postagePrice,
                deliveryPrice: model.deliveryPrice,
                paymentCharge: model.paymentCharge,
                paymentChargeTaxRate: TaxRate(rms: model.paymentChargeTaxRate),
                totalPrice: model.totalPrice,
                requestPrice: model.requestPrice,
                couponAllTotalPrice: model.couponAllTotalPrice,
                couponShopPrice: model.couponShopPrice ?? 0,
                couponOtherPrice: model.couponOtherPrice ?? 0,
                additionalFeeToUser: model.additionalFeeOccurAmountToUser ?? 0
            ),
            usedPoint: model.pointModel?.usedPoint ?? 0,
            wrappings: [model.wrappingModel1, model.wrappingModel2].compactMap { $0.flatMap(Wrapping.init(rms:)) },
            packages: (model.packageModelList ?? []).map(Package.init(rms:)),
            coupons: (model.couponModelList ?? []).map(Coupon.init(rms:)),
            taxSummary: (model.taxSummaryModelList ?? []).compactMap(TaxSummaryRow.init(rms:))
        )
    }
}

extension RakutenOrder.Package {
    /// A `PackageModel`.
    init(rms package: RMSPackageModel) {
        self.init(
            basketId: package.basketId,
            postagePrice: package.postagePrice,
            postageTaxRate: TaxRate(rms: package.postageTaxRate),
            deliveryPrice: package.deliveryPrice,
            deliveryTaxRate: TaxRate(rms: package.deliveryTaxRate),
            goodsPrice: package.goodsPrice,
            totalPrice: package.totalPrice,
            recipient: package.senderModel.map(OrderPerson.init(rms:)),
            isDeleted: package.packageDeleteFlag == 1,
            lines: (package.itemModelList ?? []).map(RakutenOrder.Line.init(rms:))
        )
    }
}

extension RakutenOrder.Line {
    /// An `ItemModel`; `manageNumber` falls back to `itemNumber` for very old orders without one.
    init(rms item: RMSItemModel) {
        self.init(
            itemDetailId: item.itemDetailId,
            itemId: item.itemId,
            itemName: item.itemName,
            itemNumber: item.itemNumber,
            manageNumber: item.manageNumber ?? item.itemNumber ?? "",
            price: item.price,
            units: item.units,
            includesTax: item.includeTaxFlag == 1,
            taxRate: TaxRate(rms: item.taxRate),
            priceTaxIncl: item.priceTaxIncl,
            selectedChoice: item.selectedChoice,
            skus: (item.skuModelList ?? []).map {
                RakutenOrder.SKU(
                    variantId: $0.variantId,
                    merchantDefinedSkuId: $0.merchantDefinedSkuId,
                    skuInfo: $0.skuInfo
                )
            },
            isDeleted: item.deleteItemFlag == 1
        )
    }
}

extension RakutenOrder.Wrapping {
    /// A `WrappingModel`; nil when it is deleted or has no price.
    init?(rms wrapping: RMSWrappingModel) {
        guard wrapping.deleteWrappingFlag != 1, let price = wrapping.price else { return nil }
        self.init(
            title: wrapping.title,
            name: wrapping.name,
            price: price,
            includesTax: wrapping.includeTaxFlag == 1,
            taxRate: TaxRate(rms: wrapping.taxRate)
        )
    }
}

extension RakutenOrder.Coupon {
    /// A `CouponModel`.
    init(rms coupon: RMSCouponModel) {
        let total = coupon.couponTotalPrice ?? ((coupon.couponPrice ?? 0) * (coupon.couponUnit ?? 1))
        self.init(
            code: coupon.couponCode,
            name: coupon.couponName,
            capitalCode: coupon.couponCapitalCode,
            itemDetailId: coupon.itemDetailId,
            itemId: coupon.itemId,
            totalPrice: total
        )
    }
}

extension RakutenOrder.TaxSummaryRow {
    /// A `TaxSummaryModel`; nil without a readable rate.
    init?(rms row: RMSTaxSummaryModel) {
        guard let fraction = row.taxRate, let rate = TaxRate(fraction: fraction) else { return nil }
        self.init(
            rate: rate,
            reqPrice: row.reqPrice ?? 0,
            reqPriceTax: row.reqPriceTax ?? 0,
            totalPrice: row.totalPrice ?? 0,
            couponPrice: row.couponPrice ?? 0
        )
    }
}

extension TaxRate {
    /// An RMS rate (`0.1`, `0.08`, `0`); a missing or unreadable one is the standard rate.
    init(rms fraction: Decimal?) {
        self = fraction.flatMap { TaxRate(fraction: $0) } ?? .standard
    }
}

extension OrderPerson {
    /// An `OrdererModel` (注文者).
    init(rms person: RMSOrdererModel) {
        self.init(
            familyName: person.familyName,
            firstName: person.firstName,
            familyNameKana: person.familyNameKana,
            firstNameKana: person.firstNameKana,
            zipCode: Self.joined([person.zipCode1, person.zipCode2]),
            prefecture: person.prefecture,
            city: person.city,
            subAddress: person.subAddress,
            phoneNumber: Self.joined([person.phoneNumber1, person.phoneNumber2, person.phoneNumber3]),
            emailAddress: person.emailAddress
        )
    }

    /// A `SenderModel` (送付先).
    init(rms person: RMSSenderModel) {
        self.init(
            familyName: person.familyName,
            firstName: person.firstName,
            familyNameKana: person.familyNameKana,
            firstNameKana: person.firstNameKana,
            zipCode: Self.joined([person.zipCode1, person.zipCode2]),
            prefecture: person.prefecture,
            city: person.city,
            subAddress: person.subAddress,
            phoneNumber: Self.joined([person.phoneNumber1, person.phoneNumber2, person.phoneNumber3])
        )
    }

    /// The non-empty parts joined with `-`; nil when there is none.
    static func joined(_ parts: [String?]) -> String? {
        let present = parts.compactMap { $0 }.filter { !$0.isEmpty }
        return present.isEmpty ? nil : present.joined(separator: "-")
    }
}
