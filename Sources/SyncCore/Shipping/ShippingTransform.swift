import Foundation

/// Shipped 受注 → Rakuten shipping updates (issue #7 step 2), pure.
///
/// - 受注分割 (`splitFlag` / a parent): never reported automatically; every shipment is `manual`, one
///   `SPLIT_ORDER_MANUAL` row 「受注分割のため手動で発送完了報告してください」 per order (the seed's rule).
/// - One Rakuten package: each shipment goes to its basket (a shipment naming another destination is manual).
/// - Several packages: a shipment naming its destination goes to that basket; one that does not is left for
///   manual report with a `PACKAGE_MANUAL` row.
/// - Carrier: merchant names, then the built-in table; unknown → 1000 その他 + `UNKNOWN_CARRIER` warning.
/// - Ship date: `ShipDate.rakuten` (JST `yyyy-MM-dd`).
package struct ShippingTransform: Sendable {
    /// The result for one order.
    package struct Result: Sendable, Equatable {
        /// One plan per shipment, in the shipments' order.
        package var plans: [ShipmentPlan]
        /// Report rows (warnings and manual rows).
        package var rows: [ReportRow]
    }

    let carriers: CarrierTable
    let now: Date

    /// A transform with the store's carrier table; `now` dates a shipment without a readable ship date.
    package init(carriers: CarrierTable, now: Date) {
        self.carriers = carriers
        self.now = now
    }

    /// The plans and rows of `order`'s shipments.
    package func transform(_ order: ShippedOrder) -> Result {
        var result = Result(plans: [], rows: [])
        var manualPackageRow = false
        for shipment in order.shipments {
            let known = carriers.code(for: shipment.carrierName)
            let code = known ?? CarrierTable.otherCode
            let action: ShipmentPlan.Action
            if order.isSplit {
                action = .manual(code: .splitOrderManual)
            } else if let number = shipment.destinationNumber, let basket = order.baskets[number] {
                action = .send(basketId: basket)
            } else if shipment.destinationNumber == nil, order.baskets.count == 1, let basket = order.baskets.first {
                action = .send(basketId: basket.value)
            } else {
                action = .manual(code: .packageManual)
            }
            if known == nil, case .send = action {
                result.rows.append(ShippingReportRows.unknownCarrier(order, shipment: shipment))
            }
            if case .manual(let why) = action, why == .packageManual, !manualPackageRow {
                manualPackageRow = true
                result.rows.append(ShippingReportRows.packageManual(order, shipment: shipment))
            }
            result.plans.append(
                ShipmentPlan(
                    shipmentID: shipment.id,
                    destinationNumber: shipment.destinationNumber,
                    action: action,
                    carrierName: shipment.carrierName,
                    deliveryCompany: code,
                    trackingNumber: shipment.trackingNumber.trimmingCharacters(in: .whitespaces),
                    shippingDate: ShipDate.rakuten(shipment.shipDate, fallback: now)
                )
            )
        }
        if order.isSplit, !order.shipments.isEmpty {
            result.rows.append(ShippingReportRows.splitOrder(order))
        }
        return result
    }
}
