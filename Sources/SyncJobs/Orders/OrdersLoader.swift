import Foundation
import Logging
import SmaregiAPI
import SyncCore
import SyncStore

/// The load step of the orders job: one decision at a time, the ledger written before and after each 受注登録
/// (design.md §5). One order's failure never stops the others; Smaregi failing for several orders in a row ends
/// the run with `remoteUnavailable` after recording what happened.
struct OrdersLoader {
    /// Consecutive temporary Smaregi failures after which the run stops loading (exit 75).
    static let maximumConsecutiveFailures = 3
    /// Attempts of one 受注登録 while Smaregi surely did not receive it (429 after the client's retries, no
    /// connection); a 5xx or a timeout ends the attempts (`load`).
    static let createAttempts = 3

    let job: OrdersJob
    var ledger: OrdersLedgerWriter
    let storeCode: String
    let logger: Logger
    var smaregi: SmaregiClient?
    var orderStoreID: Int?
    var consecutiveFailures = 0
    /// The failure that stopped loading in an earlier chunk: later decisions are kept for the next run unsent.
    var stopped: SyncJobsError?
    /// The first failed read or write of the order ledger: the run must not move the watermark past orders whose
    /// rows may be missing.
    var ledgerFailure: SyncJobsError?
    /// Seconds spent waiting for Smaregi (so the job can report its local work alone).
    var remoteSeconds = 0.0

    init(job: OrdersJob, context: RunContext, ledger: OrderLedger, needsSmaregi: Bool) throws(SyncJobsError) {
        self.job = job
        self.ledger = OrdersLedgerWriter(ledger: ledger, dryRun: job.options.dryRun)
        self.storeCode = context.store.code
        self.logger = context.logger
        if needsSmaregi {
            smaregi = try RemoteClients.smaregi(
                for: context.store,
                database: context.database,
                rates: .contractLimits(writesPerSecond: job.options.smaregiWritesPerSecond),
                configuration: RemoteClients.configuration(timeout: job.options.smaregiTimeout),
                logger: context.logger
            )
        }
        orderStoreID = Int(context.store.smaregiOrderStoreID)
    }

    /// Settles the decisions of one chunk; returns the failure that stopped loading early (in this chunk or an
    /// earlier one), if any.
    mutating func settle(
        _ decisions: [OrdersJob.Decision],
        missing: [String],
        context: inout RunContext,
        outcome: inout OrdersJob.Outcome
    ) -> SyncJobsError? {
        let numbers = decisions.map(\.order.orderNumber) + missing
        let known: [String: OrderLedgerRecord]
        do {
            known = try ledger.ledger.records(store: storeCode, orderNumbers: numbers)
        } catch {
            let failure = SyncJobsError.database(operation: "read order ledger", underlying: .init(error))
            ledgerFailure = ledgerFailure ?? failure
            return failure
        }
        for decision in decisions {
            context.counts.processed += 1
            if stopped != nil {
                // Smaregi is down: record the decision without calling it (a ready order keeps its row).
                keepForNextRun(decision, existing: known[decision.order.orderNumber], context: &context)
                continue
            }
            do {
                try settle(decision, existing: known[decision.order.orderNumber], context: &context, outcome: &outcome)
            } catch {
                if case .database = error { ledgerFailure = ledgerFailure ?? error }
                stopped = error
                keepForNextRun(decision, existing: known[decision.order.orderNumber], context: &context)
            }
            CrashPoint.reach("load:between-orders")
        }
        for number in missing {
            if job.options.isManual {
                context.reportToOperator(OrdersJobRows.notFound(number, manual: true))
            } else {
                context.report(OrdersJobRows.notFound(number, manual: false))
            }
            if known[number] == nil, !job.options.isManual {
                let now = job.clock()
                ledger.keep(
                    OrderLedgerRecord(
                        storeCode: storeCode,
                        orderNumber: number,
                        status: .pending,
                        reasonCode: ReportCode.orderNotFound.rawValue,
                        reason: "getOrder did not return the order",
                        firstSeenAt: now,
                        updatedAt: now,
                        checkedAt: now
                    )
                )
            }
        }
        do {
            try ledger.flush()
        } catch {
            ledgerFailure = ledgerFailure ?? error
            return stopped ?? error
        }
        return stopped
    }

    /// A decision left for the next run after loading stopped: new orders get a pending row so the ledger waits
    /// on them; existing rows (a `loading` one included) stay as they are.
    private mutating func keepForNextRun(
        _ decision: OrdersJob.Decision,
        existing: OrderLedgerRecord?,
        context: inout RunContext
    ) {
        guard existing == nil else { return }
        let now = job.clock()
        var record = OrderLedgerRecord(
            storeCode: storeCode,
            orderNumber: decision.order.orderNumber,
            status: .pending,
            reasonCode: ReportCode.smaregiUnavailable.rawValue,
            reason: "not loaded: Smaregi was unavailable",
            firstSeenAt: now,
            updatedAt: now,
            checkedAt: now
        )
        record.describe(decision.order)
        ledger.keep(record)
    }

    /// Decides and (when ready) loads one order.
    private mutating func settle(
        _ decision: OrdersJob.Decision,
        existing: OrderLedgerRecord?,
        context: inout RunContext,
        outcome: inout OrdersJob.Outcome
    ) throws(SyncJobsError) {
        let order = decision.order
        let now = job.clock()
        var record =
            existing
            ?? OrderLedgerRecord(
                storeCode: storeCode,
                orderNumber: order.orderNumber,
                status: .pending,
                firstSeenAt: now,
                updatedAt: now,
                checkedAt: now
            )
        record.checkedAt = now
        record.progress = order.progress
        record.orderDate = order.orderDate ?? record.orderDate

        if record.status == .loading, !job.options.dryRun {
            // The last attempt's outcome is unknown. Found → loaded. Absent → created only once the delay since that
            // attempt has passed: Smaregi may still be processing it, and a lookup now could miss the 受注.
            switch try lookUp(order.orderNumber) {
            case .found(let id):
                record.markLoaded(id: id, at: now)
                try ledger.write(record)
                context.report(OrdersJobRows.loadingResolved(order.orderNumber, smaregiID: id))
                outcome.confirmed += 1
            case .absent:
                let waited = now.timeIntervalSince(record.updatedAt)
                if waited < job.options.unconfirmedLoadDelay {
                    let left = Int((job.options.unconfirmedLoadDelay - waited).rounded(.up))
                    context.report(OrdersJobRows.loadUnconfirmed(order.orderNumber, waitSeconds: left))
                    ledger.keep(record)
                    outcome.pending += 1
                    return
                }
            case .unavailable(let detail):
                // updatedAt stays the time of the uncertain attempt, which the delay is counted from
                record.reasonCode = ReportCode.smaregiUnavailable.rawValue
                try ledger.write(record)
                context.reportSmaregiOutage(OrdersJobRows.smaregiUnavailable(order.orderNumber, detail: detail))
                try countFailure(detail)
                return
            }
        }
        if record.status == .loaded, let id = record.smaregiOrderID {
            try noticeAfterImport(decision, record: &record, smaregiID: id, context: &context, outcome: &outcome)
            ledger.keep(record)
            return
        }
        record.describe(order)
        let previous = existing?.status
        switch decision.result.outcome {
        case .skipped:
            if previous != .skipped || job.options.isManual { decision.result.rows.forEach { context.report($0) } }
            record.hold(.skipped, rows: decision.result.rows, at: now)
            ledger.keep(record)
            outcome.skipped += 1
        case .pending:
            decision.result.rows.forEach { context.report($0) }
            record.hold(.pending, rows: decision.result.rows, at: now)
            ledger.keep(record)
            outcome.pending += 1
        case .held:
            decision.result.rows.forEach { context.report($0) }
            record.hold(.held, rows: decision.result.rows, at: now)
            ledger.keep(record)
            outcome.held += 1
        case .ready(let draft):
            decision.result.rows.forEach { context.report($0) }
            if job.options.dryRun {
                context.report(OrdersJobRows.wouldCreate(draft))
                outcome.ready += 1
                return
            }
            try load(draft, record: record, context: &context, outcome: &outcome)
        }
    }

    /// Reports a cancellation or a change of an order already in Smaregi, once each, and a manual rerun.
    private func noticeAfterImport(
        _ decision: OrdersJob.Decision,
        record: inout OrderLedgerRecord,
        smaregiID: Int,
        context: inout RunContext,
        outcome: inout OrdersJob.Outcome
    ) throws(SyncJobsError) {
        let order = decision.order
        var notices = record.notices
        if order.isCancelled {
            if notices.insert(OrdersJob.cancelledNotice).inserted {
                // The stock job compares this with its last push of the order's SKUs: Rakuten gave the units back,
                // and the next 在庫更新 sets them to Smaregi's figure again (StockScope.cancelledSincePush).
                record.updatedAt = job.clock()
                context.report(
                    OrdersJobRows.cancelledAfterImport(
                        order.orderNumber,
                        progress: order.progress,
                        smaregiID: smaregiID
                    )
                )
                outcome.noticed += 1
            }
        } else if let draft = decision.result.draft {
            let hash = try OrderPayloadHash.of(draft)
            if hash != record.payloadHash && hash != record.seenHash {
                context.report(OrdersJobRows.changedAfterImport(order.orderNumber, smaregiID: smaregiID))
                notices.insert(OrdersJob.changedNotice)
                outcome.noticed += 1
            }
            record.seenHash = hash
        }
        if job.options.isManual {
            context.report(OrdersJobRows.alreadyLoaded(order.orderNumber, smaregiID: smaregiID))
        }
        record.notices = notices
        context.counts.succeeded += 1
    }
}
