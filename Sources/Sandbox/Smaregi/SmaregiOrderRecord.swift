import Foundation

/// A 受注 (order-shipment order) as the sandbox keeps it, and its JSON.
///
/// Status, shipments and 受注分割 fields are sandbox assumptions (docs/api-assumptions-smaregi.md); the amount fields
/// and the `total` formula are documented (smaregi.md §5).
struct SmaregiOrderRecord: Sendable, Equatable {
    /// 受注ステータス.
    enum Status: String, Sendable, Equatable, CaseIterable {
        /// 受付: accepted, not (fully) shipped.
        case accepted
        /// 出荷済: every destination shipped.
        case shipped
        /// キャンセル.
        case canceled
    }

    /// A payment with its method name resolved.
    struct Payment: Sendable, Equatable {
        var paymentMethodId: Int
        var paymentMethodName: String
        var amount: Int
    }

    /// One line of a destination.
    struct Detail: Sendable, Equatable {
        var detailNo: Int
        var productId: Int
        var productCode: String
        var productName: String
        var price: Int
        var quantity: Int
        var taxRate: Int
    }

    /// One destination (お届け先) and its lines.
    struct Destination: Sendable, Equatable {
        var destinationNo: Int
        var recipient: SmaregiOrderPerson?
        var deliveryDate: String?
        var deliveryTimeZone: String?
        var deliveryMethod: String?
        var details: [Detail]
        var shipped = false
    }

    /// One shipment reported by the warehouse for one destination.
    struct Shipment: Sendable, Equatable {
        var shipmentId: Int
        var destinationNo: Int
        var carrierName: String
        var trackingNumber: String?
        var shipDate: String
        var shippedDateTime: Date
    }

    var orderHeadId: Int
    var orderCode: String
    var storeId: Int
    var stockStoreId: Int?
    var status: Status = .accepted
    var orderDateTime: Date
    var memo: String?
    var customer: SmaregiOrderPerson?
    var carriage = 0
    var commission = 0
    var giftWrapPrice = 0
    var totalPointDiscount = 0
    var totalCouponDiscount = 0
    var subtotalCouponDiscount = 0
    var totalPromotionDiscount = 0
    var taxExclude = 0
    var subtotal = 0
    var total = 0
    var taxes: [SmaregiOrderTax] = []
    var payments: [Payment] = []
    var destinations: [Destination] = []
    var shipments: [Shipment] = []
    var splitFlag = false
    var parentOrderHeadId: Int?
    var cancelDateTime: Date?
    var insDateTime: Date
    var updDateTime: Date

    /// 小計: Σ 販売単価 × 数量 over every destination's lines.
    var linesSubtotal: Int {
        destinations.reduce(0) { sum, destination in
            sum + destination.details.reduce(0) { $0 + $1.price * $1.quantity }
        }
    }

    /// `total` per smaregi.md §5: 小計 + 外税受領額 + (送料 + 手数料 + ギフトラッピング料)
    /// − (ポイント利用 + クーポン値引き + クーポン値引き(モール) + プロモーション値引き).
    var expectedTotal: Int {
        linesSubtotal + taxExclude + carriage + commission + giftWrapPrice
            - (totalPointDiscount + totalCouponDiscount + subtotalCouponDiscount + totalPromotionDiscount)
    }

    /// The JSON of `GET /orders/{id}` and of each `GET /orders` element.
    var value: SmaregiJSONWriter.Value {
        typealias V = SmaregiJSONWriter.Value
        func optional(_ text: String?) -> V { text.map(V.string) ?? .null }
        func person(_ person: SmaregiOrderPerson?) -> V {
            guard let person else { return .null }
            return .object([
                ("lastName", optional(person.lastName)), ("firstName", optional(person.firstName)),
                ("lastKana", optional(person.lastKana)), ("firstKana", optional(person.firstKana)),
                ("zipCode", optional(person.zipCode)), ("prefecture", optional(person.prefecture)),
                ("address1", optional(person.address1)), ("address2", optional(person.address2)),
                ("phoneNumber", optional(person.phoneNumber)), ("mailAddress", optional(person.mailAddress)),
            ])
        }
        let destinationValues: [V] = destinations.map { destination in
            .object([
                ("destinationNo", .int(destination.destinationNo)), ("recipient", person(destination.recipient)),
                ("deliveryDate", optional(destination.deliveryDate)),
                ("deliveryTimeZone", optional(destination.deliveryTimeZone)),
                ("deliveryMethod", optional(destination.deliveryMethod)),
                ("shipmentStatus", .string(destination.shipped ? "shipped" : "unshipped")),
                (
                    "details",
                    .array(
                        destination.details.map { detail in
                            .object([
                                ("detailNo", .int(detail.detailNo)), ("productId", .string(String(detail.productId))),
                                ("productCode", .string(detail.productCode)),
                                ("productName", .string(detail.productName)),
                                ("price", .int(detail.price)), ("quantity", .int(detail.quantity)),
                                ("taxRate", .int(detail.taxRate)),
                            ])
                        }
                    )
                ),
            ])
        }
        return .object([
            ("orderHeadId", .string(String(orderHeadId))), ("orderCode", .string(orderCode)),
            ("storeId", .string(String(storeId))), ("stockStoreId", stockStoreId.map { .string(String($0)) } ?? .null),
            ("status", .string(status.rawValue)), ("orderDateTime", .string(SmaregiJST.format(orderDateTime))),
            ("memo", optional(memo)), ("customer", person(customer)),
            ("subtotal", .int(subtotal)), ("carriage", .int(carriage)), ("commission", .int(commission)),
            ("giftWrapPrice", .int(giftWrapPrice)), ("totalPointDiscount", .int(totalPointDiscount)),
            ("totalCouponDiscount", .int(totalCouponDiscount)),
            ("subtotalCouponDiscount", .int(subtotalCouponDiscount)),
            ("totalPromotionDiscount", .int(totalPromotionDiscount)), ("taxExclude", .int(taxExclude)),
            ("total", .int(total)),
            (
                "taxes",
                .array(
                    taxes.map {
                        .object([
                            ("taxRate", .int($0.taxRate)), ("taxableAmount", .int($0.taxableAmount)),
                            ("tax", .int($0.tax)),
                        ])
                    }
                )
            ),
            (
                "payments",
                .array(
                    payments.map {
                        .object([
                            ("paymentMethodId", .string(String($0.paymentMethodId))),
                            ("paymentMethodName", .string($0.paymentMethodName)), ("amount", .int($0.amount)),
                        ])
                    }
                )
            ),
            ("destinations", .array(destinationValues)),
            (
                "shipments",
                .array(
                    shipments.map {
                        .object([
                            ("shipmentId", .string(String($0.shipmentId))), ("destinationNo", .int($0.destinationNo)),
                            ("carrierName", .string($0.carrierName)), ("trackingNumber", optional($0.trackingNumber)),
                            ("shipDate", .string($0.shipDate)),
                            ("shippedDateTime", .string(SmaregiJST.format($0.shippedDateTime))),
                        ])
                    }
                )
            ),
            ("splitFlag", .bool(splitFlag)),
            ("parentOrderHeadId", parentOrderHeadId.map { .string(String($0)) } ?? .null),
            ("cancelDateTime", cancelDateTime.map { .string(SmaregiJST.format($0)) } ?? .null),
            ("insDateTime", .string(SmaregiJST.format(insDateTime))),
            ("updDateTime", .string(SmaregiJST.format(updDateTime))),
        ])
    }

    /// The value of a sort key for `GET /orders` (`orderHeadId`, `orderCode`, `orderDateTime`, `updDateTime`).
    func sortValue(_ field: String) -> String? {
        switch field {
        case "orderHeadId": return String(orderHeadId)
        case "orderCode": return orderCode
        case "orderDateTime": return SmaregiJST.format(orderDateTime)
        case "updDateTime": return SmaregiJST.format(updDateTime)
        default: return nil
        }
    }
}
