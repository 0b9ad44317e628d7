import Foundation
import Logging
import RakutenRMS
import SyncCore
import SyncStore

/// Loads shipments into Rakuten exactly once (issue #7 steps 3–4, design.md §5).
///
/// Every row is `sending` in the ledger before its call and `reported` (with the shippingDetailId) or `failed`
/// (with Rakuten's message) after it. A row left `sending` — a crash, a timeout that may have reached Rakuten,
/// an async result not collected yet — is resolved by `resume` before anything new is sent: the async result
/// when there is one, else getOrder and a look for the tracking number in the basket's ShippingModelList.
struct ShippingLoader {
    let job: ShippingJob
    let rakuten: RMSClient
    let ledger: ShipmentLedger
    /// Rakuten calls made.
    var calls = 0

    init(job: ShippingJob, rakuten: RMSClient, ledger: ShipmentLedger) {
        self.job = job
        self.rakuten = rakuten
        self.ledger = ledger
    }

    /// Resolves the rows earlier runs left `sending`.
    mutating func resume(_ context: inout RunContext, outcome: inout ShippingJob.Outcome) throws(SyncJobsError) {
        let store = context.store.code
        let sending = try SyncJobsError.database("read sending shipments") {
            try ledger.list(store: store, statuses: [.sending])
        }
        guard !sending.isEmpty else { return }
        context.logger.notice("resuming \(sending.count) shipment(s) left sending by an earlier run")
        let now = job.clock()
        // Sent with updateOrderShipping (no requestId) or asynchronously but killed before the requestId was saved:
        // the outcome is unknown. What Rakuten already shows is reported; the rest waits (Rakuten may still be
        // processing a call that timed out) until `unknownRequestWait` has passed, and only then is sent again.
        let unknown = sending.filter { $0.requestId.isEmpty || $0.requestId == Self.unknownRequest }
        var toCheck = unknown.filter { now.timeIntervalSince($0.updatedAt) > job.options.unknownRequestWait }
        try check(
            unknown.filter { now.timeIntervalSince($0.updatedAt) <= job.options.unknownRequestWait },
            keepUnfound: true,
            context: &context,
            outcome: &outcome
        )
        let byRequest = Dictionary(
            grouping: sending.filter { !$0.requestId.isEmpty && $0.requestId != Self.unknownRequest },
            by: \.requestId
        )
        for requestId in byRequest.keys.sorted() {
            let rows = byRequest[requestId] ?? []
            let response = try poll(requestId, store: store)
            if !response.isResultPending, !response.results.isEmpty {
                try applyAsync(response, rows: rows, context: &context, outcome: &outcome)
            } else if rows.allSatisfy({ now.timeIntervalSince($0.updatedAt) > job.options.asyncResultGiveUp }) {
                toCheck += rows
            }
        }
        try check(toCheck, keepUnfound: false, context: &context, outcome: &outcome)
    }

    /// The requestId of rows submitted with updateOrderShippingAsync whose answer was not recorded yet.
    static let unknownRequest = "?"

    /// Reads the orders of `rows` from Rakuten: a row whose tracking number is already in its basket is
    /// `reported` (with that row's shippingDetailId); the others go back to `pending` and are sent this run, or
    /// with `keepUnfound` stay `sending` as they are.
    mutating func check(
        _ rows: [ShipmentRecord],
        keepUnfound: Bool,
        context: inout RunContext,
        outcome: inout ShippingJob.Outcome
    ) throws(SyncJobsError) {
        guard !rows.isEmpty else { return }
        let numbers = Array(Set(rows.map(\.orderNumber))).sorted()
        let response: RMSGetOrderResponse
        do {
            calls +=
                (numbers.count + RMSGetOrderRequest.maximumOrderNumbers - 1) / RMSGetOrderRequest.maximumOrderNumbers
            response = try rakuten.getOrders(orderNumbers: numbers)
        } catch {
            throw SyncJobsError(rakuten: error, store: context.store.code)
        }
        let orders = Dictionary(response.orders.map { ($0.orderNumber, $0) }, uniquingKeysWith: { first, _ in first })
        let now = job.clock()
        var updated: [ShipmentRecord] = []
        for var row in rows {
            let found = orders[row.orderNumber].flatMap { Self.existingRow(for: row, in: $0) }
            if found == nil, keepUnfound { continue }
            row.updatedAt = now
            row.requestId = ""
            if let id = found {
                row.status = .reported
                row.shippingDetailId = id
                row.reportedAt = now
                outcome.confirmed += 1
                context.counts.succeeded += 1
            } else {
                row.status = .pending
            }
            updated.append(row)
        }
        try save(updated)
    }

    /// The shippingDetailId of the row of `order` that already carries `record`'s shipment: the same tracking
    /// number in the same basket (or, for a shipment without one, the same carrier and date and no number).
    static func existingRow(for record: ShipmentRecord, in order: RMSOrderModel) -> Int64? {
        for package in order.packageModelList ?? [] where record.basketId == nil || package.basketId == record.basketId
        {
            for shipping in package.shippingModelList ?? [] {
                let number = shipping.shippingNumber ?? ""
                if !record.trackingNumber.isEmpty, number == record.trackingNumber {
                    return shipping.shippingDetailId
                }
                if record.trackingNumber.isEmpty, number.isEmpty, shipping.deliveryCompany == record.deliveryCompany,
                    shipping.shippingDate == record.shipDate
                {
                    return shipping.shippingDetailId
                }
            }
        }
        return nil
    }

    /// Sends the `pending` rows: one updateOrderShipping per order, or updateOrderShippingAsync in chunks of 100
    /// orders when more orders than `asyncThreshold` wait.
    mutating func load(_ context: inout RunContext, outcome: inout ShippingJob.Outcome) throws(SyncJobsError) {
        let store = context.store.code
        let pending = try SyncJobsError.database("read pending shipments") {
            try ledger.list(store: store, statuses: [.pending])
        }
        var orderNumbers: [String] = []
        var byOrder: [String: [ShipmentRecord]] = [:]
        for row in pending {
            if byOrder[row.orderNumber] == nil { orderNumbers.append(row.orderNumber) }
            byOrder[row.orderNumber, default: []].append(row)
        }
        let batches = orderNumbers.map { byOrder[$0] ?? [] }
        guard !batches.isEmpty else { return }
        if batches.count > job.options.asyncThreshold {
            outcome.usedAsync = true
            try loadAsync(batches, context: &context, outcome: &outcome)
        } else {
            for rows in batches { try loadOne(rows, context: &context, outcome: &outcome) }
        }
    }

    /// The request rows of one order grouped by basket, and the records in the order they are sent (the
    /// order of RMS's 1-based `dataNumber`).
    static func baskets(_ rows: [ShipmentRecord]) -> (models: [RMSBasketidModel], sent: [ShipmentRecord]) {
        var basketOrder: [Int64] = []
        var byBasket: [Int64: [ShipmentRecord]] = [:]
        for row in rows {
            guard let basket = row.basketId else { continue }
            if byBasket[basket] == nil { basketOrder.append(basket) }
            byBasket[basket, default: []].append(row)
        }
        var models: [RMSBasketidModel] = []
        var sent: [ShipmentRecord] = []
        for basket in basketOrder {
            let records = byBasket[basket] ?? []
            sent += records
            models.append(
                RMSBasketidModel(
                    basketId: basket,
                    shippingModelList: records.map {
                        RMSShippingUpdateModel(
                            deliveryCompany: $0.deliveryCompany,
                            shippingNumber: $0.trackingNumber.isEmpty ? nil : $0.trackingNumber,
                            shippingDate: $0.shipDate
                        )
                    }
                )
            )
        }
        return (models, sent)
    }

    /// Marks `rows` sending (one more attempt) and saves them.
    func markSending(_ rows: [ShipmentRecord], requestId: String = "") throws(SyncJobsError) -> [ShipmentRecord] {
        let now = job.clock()
        let marked = rows.map { row in
            var row = row
            row.status = .sending
            row.attempts += 1
            row.updatedAt = now
            row.requestId = requestId
            return row
        }
        try save(marked)
        return marked
    }

    func save(_ rows: [ShipmentRecord]) throws(SyncJobsError) {
        try SyncJobsError.database("write shipment ledger") { try ledger.save(rows) }
    }

    mutating func poll(_ requestId: String, store: String) throws(SyncJobsError)
        -> RMSGetResultUpdateOrderShippingAsyncResponse
    {
        calls += 1
        do {
            return try rakuten.getResultUpdateOrderShippingAsync(
                RMSGetResultUpdateOrderShippingAsyncRequest(requestId: requestId)
            )
        } catch {
            throw SyncJobsError(rakuten: error, store: store)
        }
    }
}
