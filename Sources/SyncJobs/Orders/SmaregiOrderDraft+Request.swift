import Foundation
import SmaregiAPI
import SyncCore

extension SmaregiOrderCreateRequest {
    /// The 受注管理 `POST /orders` body of a draft, for the 受注店舗 `storeID` (smaregi.md §5,
    /// docs/api-assumptions-smaregi.md).
    ///
    /// Each draft destination (one Rakuten package) becomes one `destinations[]` entry with its own lines; shop
    /// coupons go to `totalCouponDiscount`; points and Rakuten coupons are `payments` like the settlement method,
    /// so `totalPointDiscount` and `subtotalCouponDiscount` stay 0; `taxes` carry the per-rate figures. `total` is
    /// the draft's, which the transform checked against what Rakuten billed; it equals Smaregi's formula
    /// (`expectedTotal`). Lines send no product name, so Smaregi shows its product master's.
    package init(draft: SmaregiOrderDraft, storeID: Int) {
        self.init(
            orderCode: draft.orderCode,
            orderDate: draft.orderDate,
            storeId: storeID,
            memo: draft.memo,
            customer: draft.customer.map(Person.init(person:)),
            carriage: draft.carriage,
            commission: draft.commission,
            giftWrapPrice: draft.giftWrapPrice,
            totalCouponDiscount: draft.couponDiscount,
            total: draft.total,
            taxes: draft.taxes.map { Tax(taxRate: $0.rate.percent, taxableAmount: $0.taxableAmount, tax: $0.tax) },
            payments: draft.tenders.map { Payment(paymentMethodId: $0.paymentMethodID, amount: $0.amount) },
            destinations: draft.destinations.map { destination in
                Destination(
                    recipient: destination.recipient.map(Person.init(person:)),
                    deliveryDate: destination.deliveryDate,
                    deliveryTimeZone: destination.deliveryTimeZone,
                    deliveryMethod: destination.deliveryMethod,
                    details: destination.lines.map { line in
                        Detail(
                            productId: line.productID,
                            productCode: line.productCode,
                            productName: nil,
                            price: line.unitPrice,
                            quantity: line.quantity,
                            taxRate: line.taxRate.percent
                        )
                    }
                )
            }
        )
    }
}

extension SmaregiOrderCreateRequest.Person {
    /// A domain person: 市区 into `address1`, the rest of the address into `address2`.
    init(person: OrderPerson) {
        self.init(
            lastName: person.familyName,
            firstName: person.firstName,
            lastKana: person.familyNameKana,
            firstKana: person.firstNameKana,
            zipCode: person.zipCode,
            prefecture: person.prefecture,
            address1: person.city,
            address2: person.subAddress,
            phoneNumber: person.phoneNumber,
            mailAddress: person.emailAddress
        )
    }
}
