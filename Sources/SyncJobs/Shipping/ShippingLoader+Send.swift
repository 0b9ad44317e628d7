import Algorithms
import Foundation
import Logging
import RakutenRMS
import SyncCore
import SyncStore

extension ShippingLoader {
    /// updateOrderShipping for one order's pending rows (paced by the client at the order API's 1 request/s).
    mutating func loadOne(_ rows: [ShipmentRecord], context: inout RunContext, outcome: inout ShippingJob.Outcome)
        throws(SyncJobsError)
    {
        let (models, sent) = Self.baskets(rows)
        guard let first = sent.first else { return }
        let marked = try markSending(sent)
        CrashPoint.reach("load:before-send:\(first.orderNumber)")
        do {
            calls += 1
            let response = try rakuten.updateOrderShipping(
                RMSUpdateOrderShippingRequest(orderNumber: first.orderNumber, basketidModelList: models)
            )
            CrashPoint.reach("load:after-send:\(first.orderNumber)")
            try settle(marked, messages: response.messages, context: &context, outcome: &outcome)
        } catch let error as RakutenRMSError {
            try handle(error, rows: marked, context: &context, outcome: &outcome)
        } catch let error as SyncJobsError {
            throw error
        } catch {
            throw .remoteUnavailable(store: context.store.code, service: "Rakuten RMS", detail: "\(error)")
        }
    }

    /// A failed call: an order API refusal fails the rows with Rakuten's message; a call RMS surely did not apply
    /// puts them back to `pending`; anything else (outcome unknown) leaves them `sending` (a later run checks Rakuten
    /// before sending again) and ends loading with the error.
    mutating func handle(
        _ error: RakutenRMSError,
        rows: [ShipmentRecord],
        context: inout RunContext,
        outcome: inout ShippingJob.Outcome
    ) throws(SyncJobsError) {
        if case .orderAPI(_, _, let messages, _) = error {
            try fail(
                rows,
                messages: messages.errors.isEmpty ? messages : messages.errors,
                context: &context,
                outcome: &outcome
            )
            return
        }
        if Self.surelyNotProcessed(error) {
            // Refused before it was processed (the key, 429/503 after the retries): nothing to look for on Rakuten,
            // the rows are sent again by the next run.
            let now = job.clock()
            try save(
                rows.map { row in
                    var row = row
                    row.status = .pending
                    row.requestId = ""
                    row.updatedAt = now
                    return row
                }
            )
        }
        throw SyncJobsError(rakuten: error, store: context.store.code)
    }

    /// Whether RMS surely did not apply the call: the credentials were refused, or it answered 429/503.
    static func surelyNotProcessed(_ error: RakutenRMSError) -> Bool {
        if error.isAuthenticationFailure { return true }
        if case .unavailable(_, _, _, let reached) = error { return !reached }
        return false
    }

    /// Records Rakuten's answer for the rows of one order: ERROR messages fail them all; otherwise each row
    /// takes the shippingDetailId of its `dataNumber` (ranked, so numbering across or within the request both work).
    mutating func settle(
        _ rows: [ShipmentRecord],
        messages: [RMSMessageModel],
        context: inout RunContext,
        outcome: inout ShippingJob.Outcome
    ) throws(SyncJobsError) {
        if !messages.errors.isEmpty {
            try fail(rows, messages: messages.errors, context: &context, outcome: &outcome)
            return
        }
        let ids = messages.filter { $0.shippingDetailId != nil }.sorted { ($0.dataNumber ?? 0) < ($1.dataNumber ?? 0) }
            .compactMap(\.shippingDetailId)
        let now = job.clock()
        var updated: [ShipmentRecord] = []
        for (index, var row) in rows.enumerated() {
            row.updatedAt = now
            row.requestId = ""
            if index < ids.count {
                row.status = .reported
                row.shippingDetailId = ids[index]
                row.reportedAt = now
                outcome.reported += 1
                context.counts.succeeded += 1
            } else {
                // No id for this row: stay `sending`, the next run looks for it on Rakuten.
                row.status = .sending
            }
            updated.append(row)
        }
        try save(updated)
    }

    /// Rakuten refused the update of one order (cancelled order `…_ERROR_102`, bad format `…_ERROR_011`…).
    mutating func fail(
        _ rows: [ShipmentRecord],
        messages: [RMSMessageModel],
        context: inout RunContext,
        outcome: inout ShippingJob.Outcome
    ) throws(SyncJobsError) {
        guard let first = rows.first else { return }
        let code = messages.first?.messageCode ?? "UNKNOWN"
        let text = messages.map(\.message).joined(separator: " ")
        let now = job.clock()
        try save(
            rows.map { row in
                var row = row
                row.status = .failed
                row.reasonCode = code
                row.reason = text
                row.requestId = ""
                row.updatedAt = now
                return row
            }
        )
        outcome.failed += rows.count
        context.counts.failed += rows.count
        context.report(
            ShippingReportRows.rejected(
                orderNumber: first.orderNumber,
                smaregiID: first.smaregiOrderID,
                code: code,
                message: text
            )
        )
    }

    /// updateOrderShippingAsync in chunks of 100 orders, then results polled until the deadline; results not
    /// ready by then stay `sending` with their requestId and are collected by a later run.
    mutating func loadAsync(
        _ batches: [[ShipmentRecord]],
        context: inout RunContext,
        outcome: inout ShippingJob.Outcome
    )
        throws(SyncJobsError)
    {
        var submitted: [String: [ShipmentRecord]] = [:]
        var requestOrder: [String] = []
        var failure: SyncJobsError?
        chunks: for chunk in batches.chunks(ofCount: RMSUpdateOrderShippingAsyncRequest.maximumOrders) {
            var remaining = chunk.filter { !Self.baskets($0).sent.isEmpty }
            // A validation error names its orders and refuses the whole request: fail those, send the rest again.
            for _ in 0..<3 where !remaining.isEmpty {
                let marked = try markSending(
                    remaining.flatMap { Self.baskets($0).sent },
                    requestId: Self.unknownRequest
                )
                let models = remaining.map { rows in
                    RMSOrderShippingModel(
                        orderNumber: rows[0].orderNumber,
                        basketidModelList: Self.baskets(rows).models
                    )
                }
                CrashPoint.reach("load:before-send-async")
                do {
                    calls += 1
                    let response = try rakuten.updateOrderShippingAsync(
                        RMSUpdateOrderShippingAsyncRequest(orderShippingModelList: models)
                    )
                    CrashPoint.reach("load:after-send-async")
                    guard let requestId = response.requestId else {
                        failure = .remoteUnavailable(
                            store: context.store.code,
                            service: "Rakuten RMS",
                            detail: "updateOrderShippingAsync answered without a requestId"
                        )
                        break chunks
                    }
                    let withRequest = marked.map { row in
                        var row = row
                        row.requestId = requestId
                        return row
                    }
                    try save(withRequest)
                    submitted[requestId] = withRequest
                    requestOrder.append(requestId)
                    remaining = []
                } catch let error as RakutenRMSError {
                    guard case .orderAPI(_, _, let messages, _) = error else {
                        failure = SyncJobsError(rakuten: error, store: context.store.code)
                        break chunks
                    }
                    let named = Set(messages.compactMap(\.orderNumber))
                    guard !named.isEmpty else {
                        failure = SyncJobsError(rakuten: error, store: context.store.code)
                        break chunks
                    }
                    for number in named {
                        let rows = marked.filter { $0.orderNumber == number }
                        try fail(
                            rows,
                            messages: messages.filter { $0.orderNumber == number },
                            context: &context,
                            outcome: &outcome
                        )
                    }
                    let back = marked.filter { !named.contains($0.orderNumber) }.map { row in
                        var row = row
                        row.status = .pending
                        row.requestId = ""
                        return row
                    }
                    try save(back)
                    remaining = remaining.filter { !named.contains($0[0].orderNumber) }
                } catch let error as SyncJobsError {
                    throw error
                } catch {
                    failure = .remoteUnavailable(store: context.store.code, service: "Rakuten RMS", detail: "\(error)")
                    break chunks
                }
            }
        }
        try collect(submitted, order: requestOrder, context: &context, outcome: &outcome)
        if let failure { throw failure }
    }

    /// Polls each request until its result is there or the deadline passes.
    mutating func collect(
        _ submitted: [String: [ShipmentRecord]],
        order: [String],
        context: inout RunContext,
        outcome: inout ShippingJob.Outcome
    ) throws(SyncJobsError) {
        var waiting = order
        let deadline = job.clock().addingTimeInterval(job.options.asyncDeadline)
        while !waiting.isEmpty {
            var still: [String] = []
            for requestId in waiting {
                let response = try poll(requestId, store: context.store.code)
                if response.isResultPending || response.results.isEmpty {
                    still.append(requestId)
                } else {
                    try applyAsync(response, rows: submitted[requestId] ?? [], context: &context, outcome: &outcome)
                }
            }
            waiting = still
            guard !waiting.isEmpty else { break }
            guard job.clock() < deadline else {
                context.logger.notice("\(waiting.count) async shipping result(s) not ready; a later run collects them")
                break
            }
            Thread.sleep(forTimeInterval: job.options.asyncPollInterval)
        }
    }

    /// Records a getResultUpdateOrderShippingAsync answer for the rows of its request, order by order.
    mutating func applyAsync(
        _ response: RMSGetResultUpdateOrderShippingAsyncResponse,
        rows: [ShipmentRecord],
        context: inout RunContext,
        outcome: inout ShippingJob.Outcome
    ) throws(SyncJobsError) {
        let byOrder = Dictionary(grouping: rows, by: \.orderNumber)
        for result in response.results {
            guard let number = result.orderNumber, let orderRows = byOrder[number] else { continue }
            let sent = Self.baskets(orderRows).sent
            try settle(sent, messages: result.messageModelList ?? [], context: &context, outcome: &outcome)
        }
    }
}
