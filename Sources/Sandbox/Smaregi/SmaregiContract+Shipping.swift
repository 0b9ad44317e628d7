import Foundation

/// What a warehouse does to a 受注: ship it, split it (受注分割), or cancel it.
extension SmaregiContract {
    /// 出荷: records a shipment for `destinationNo` (or every unshipped destination) and marks the order 出荷済 once
    /// every destination has shipped. Stock does not move again: it was allocated when the 受注 was registered.
    mutating func shipOrder(
        _ id: Int,
        carrierName: String,
        trackingNumber: String?,
        shipDate: String?,
        destinationNo: Int?,
        at now: Date
    ) throws -> SmaregiOrderRecord {
        var order = try order(id)
        guard order.status == .accepted else {
            throw SmaregiProblem.badRequest("受注[\(order.orderCode)]は出荷できない状態です: \(order.status.rawValue)")
        }
        guard !carrierName.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw SmaregiProblem.badRequest("carrierName は必須です")
        }
        let day = shipDate ?? SmaregiJST.formatDay(now)
        guard SmaregiJST.parseDay(day) != nil else { throw SmaregiProblem.badRequest("shipDate の形式が不正です: \(day)") }
        let targets = order.destinations.indices.filter { index in
            !order.destinations[index].shipped
                && (destinationNo == nil || order.destinations[index].destinationNo == destinationNo)
        }
        guard !targets.isEmpty else {
            throw SmaregiProblem.badRequest("出荷できるお届け先がありません")
        }
        for index in targets {
            order.destinations[index].shipped = true
            order.shipments.append(
                SmaregiOrderRecord.Shipment(
                    shipmentId: nextShipmentId,
                    destinationNo: order.destinations[index].destinationNo,
                    carrierName: carrierName,
                    trackingNumber: trackingNumber,
                    shipDate: day,
                    shippedDateTime: now
                )
            )
            nextShipmentId += 1
        }
        if order.destinations.allSatisfy(\.shipped) { order.status = .shipped }
        order.updDateTime = now
        orders[id] = order
        return order
    }

    /// 受注分割: moves the given quantities into a new child 受注 with the same `orderCode`, `splitFlag` true and
    /// `parentOrderHeadId`. Fees, discounts and payments stay with the parent; per-rate tax figures are divided.
    mutating func splitOrder(
        _ id: Int,
        moving lines: [(destinationNo: Int, detailNo: Int, quantity: Int)],
        at now: Date
    ) throws -> (parent: SmaregiOrderRecord, child: SmaregiOrderRecord) {
        var parent = try order(id)
        guard parent.status == .accepted else { throw SmaregiProblem.badRequest("受注[\(parent.orderCode)]は分割できません") }
        guard !lines.isEmpty else { throw SmaregiProblem.badRequest("lines は1件以上必要です") }
        var child = parent
        child.orderHeadId = nextOrderHeadId
        child.destinations = []
        child.shipments = []
        child.payments = []
        for path in [
            \SmaregiOrderRecord.carriage, \.commission, \.giftWrapPrice, \.totalPointDiscount,
            \.totalCouponDiscount, \.subtotalCouponDiscount, \.totalPromotionDiscount, \.taxExclude,
        ] {
            child[keyPath: path] = 0
        }
        for line in lines {
            guard
                let destinationIndex = parent.destinations.firstIndex(where: { $0.destinationNo == line.destinationNo }
                ),
                !parent.destinations[destinationIndex].shipped,
                let detailIndex = parent.destinations[destinationIndex].details.firstIndex(where: {
                    $0.detailNo == line.detailNo
                }),
                (1...parent.destinations[destinationIndex].details[detailIndex].quantity).contains(line.quantity)
            else {
                throw SmaregiProblem.badRequest("分割できない明細です: お届け先\(line.destinationNo) 明細\(line.detailNo)")
            }
            var moved = parent.destinations[destinationIndex].details[detailIndex]
            moved.quantity = line.quantity
            parent.destinations[destinationIndex].details[detailIndex].quantity -= line.quantity
            if let childIndex = child.destinations.firstIndex(where: { $0.destinationNo == line.destinationNo }) {
                child.destinations[childIndex].details.append(moved)
            } else {
                var destination = parent.destinations[destinationIndex]
                destination.details = [moved]
                child.destinations.append(destination)
            }
        }
        for index in parent.destinations.indices {
            parent.destinations[index].details.removeAll { $0.quantity == 0 }
        }
        parent.destinations.removeAll { $0.details.isEmpty }
        guard !parent.destinations.isEmpty else {
            throw SmaregiProblem.badRequest("すべての明細を分割することはできません")
        }
        let movedAmount = child.linesSubtotal
        child.subtotal = movedAmount
        child.total = movedAmount
        child.taxes = Self.inclusiveTaxes(of: child.destinations)
        parent.subtotal -= movedAmount
        parent.total -= movedAmount
        parent.taxes = parent.taxes.map { tax in
            guard let movedTax = child.taxes.first(where: { $0.taxRate == tax.taxRate }) else { return tax }
            return SmaregiOrderTax(
                taxRate: tax.taxRate,
                taxableAmount: max(0, tax.taxableAmount - movedTax.taxableAmount),
                tax: max(0, tax.tax - movedTax.tax)
            )
        }
        parent.splitFlag = true
        child.splitFlag = true
        child.parentOrderHeadId = parent.orderHeadId
        parent.updDateTime = now
        child.updDateTime = now
        child.insDateTime = now
        orders[parent.orderHeadId] = parent
        orders[child.orderHeadId] = child
        nextOrderHeadId += 1
        return (parent, child)
    }

    /// キャンセル: only a 受注 with no shipment; releases the allocated stock (division `18`, positive amount).
    mutating func cancelOrder(_ id: Int, at now: Date) throws -> SmaregiOrderRecord {
        var order = try order(id)
        guard order.status == .accepted, order.shipments.isEmpty else {
            throw SmaregiProblem.badRequest("受注[\(order.orderCode)]はキャンセルできない状態です: \(order.status.rawValue)")
        }
        if let stockStoreId = order.stockStoreId {
            for destination in order.destinations {
                for detail in destination.details where products[detail.productId]?.stockControlDivision == "0" {
                    try moveStock(
                        storeId: stockStoreId,
                        productId: detail.productId,
                        delta: detail.quantity,
                        division: "18",
                        memo: "受注キャンセル \(order.orderCode)",
                        at: now
                    )
                }
            }
        }
        order.status = .canceled
        order.cancelDateTime = now
        order.updDateTime = now
        orders[id] = order
        return order
    }

    /// Tax contained in tax-inclusive line amounts, per rate, rounded down (切り捨て).
    static func inclusiveTaxes(of destinations: [SmaregiOrderRecord.Destination]) -> [SmaregiOrderTax] {
        var amounts: [Int: Int] = [:]
        for destination in destinations {
            for detail in destination.details { amounts[detail.taxRate, default: 0] += detail.price * detail.quantity }
        }
        return amounts.keys.sorted().map { rate in
            let amount = amounts[rate] ?? 0
            return SmaregiOrderTax(taxRate: rate, taxableAmount: amount, tax: amount * rate / (100 + rate))
        }
    }
}
