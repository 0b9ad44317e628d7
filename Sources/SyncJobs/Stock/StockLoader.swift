import Foundation
import Logging
import RakutenRMS
import SyncCore
import SyncStore

/// The load step of 在庫更新: bulk-upserts of at most 400 ABSOLUTE quantities, each SKU recorded only after
/// Rakuten accepted it (issue #6 step 3, design §5).
///
/// Before each call after the first, when the last look at pending orders is older than
/// `pendingRefreshInterval`, the pending orders are learnt again and the remaining quantities re-planned, so a
/// long push (a full sync of 100,000 SKUs takes 250 calls at 1 call/s) never sends a quantity computed before
/// an order that was already visible on Rakuten a few seconds earlier.
struct StockLoader {
    let job: StockJob
    let rakuten: RMSClient
    let store: String
    let runID: Int64
    let readStartedAt: Date
    let ledger: StockPushLedger

    /// SKUs accepted, SKUs refused, Rakuten calls.
    var pushed = 0
    var rejected = 0
    var calls = 0

    init(job: StockJob, context: RunContext, rakuten: RMSClient, readStartedAt: Date) {
        self.job = job
        self.rakuten = rakuten
        self.store = context.store.code
        self.runID = context.runID
        self.readStartedAt = readStartedAt
        self.ledger = StockPushLedger(database: context.database)
    }

    /// Pushes `plan.pushes`; SKUs that turn out unchanged after a re-plan move to `plan.unchanged`. Returns the
    /// failure that stopped the push (Rakuten unavailable or refusing the whole call), nil when all was sent.
    mutating func push(
        _ plan: inout StockPlan,
        pending: inout StockPendingOrders,
        scope: StockScope,
        stock: [Int: Int],
        context: inout RunContext
    ) -> SyncJobsError? {
        var remaining = plan.pushes[...]
        var batchNumber = 0
        while !remaining.isEmpty {
            if batchNumber > 0, job.clock().timeIntervalSince(pending.learntAt) >= job.options.pendingRefreshInterval {
                do {
                    pending = try StockPendingOrders.learn(
                        store: store,
                        database: context.database,
                        rakuten: rakuten,
                        smaregiReadStartedAt: readStartedAt,
                        options: job.options,
                        now: job.clock()
                    )
                    calls += pending.calls
                } catch {
                    return error
                }
                let replanned = StockPlanner.plan(
                    remaining.map { push in
                        let key = StockPendingOrders.key(push.manageNumber, push.variantId)
                        return StockCandidate(
                            manageNumber: push.manageNumber,
                            variantId: push.variantId,
                            productId: push.productId,
                            smaregiStock: push.smaregiStock,
                            pending: pending.units[key] ?? 0,
                            safetyStock: scope.safety(key),
                            lastPushed: scope.forcePush
                                ? nil : scope.pushed[key].flatMap { $0.productId == push.productId ? $0.quantity : nil }
                        )
                    }
                )
                plan.unchanged += replanned.unchanged
                remaining = replanned.pushes[...]
                if remaining.isEmpty { break }
            }
            let batch = Array(remaining.prefix(RMSInventoryBulkUpsertRequest.maximumEntries))
            remaining = remaining.dropFirst(batch.count)
            batchNumber += 1
            CrashPoint.reach("push:before:\(batchNumber)")
            let sent: (accepted: [StockPush], refused: [StockPush])
            do {
                sent = try send(batch, context: &context)
            } catch {
                return error
            }
            CrashPoint.reach("push:accepted:\(batchNumber)")
            do {
                let now = job.clock()
                let ledger = self.ledger
                let runID = self.runID
                let store = self.store
                try SyncJobsError.store("record stock pushes") {
                    try ledger.recordPushed(
                        store: store,
                        sent.accepted.map {
                            StockPushRecord(
                                manageNumber: $0.manageNumber,
                                variantId: $0.variantId,
                                productId: $0.productId,
                                quantity: $0.quantity,
                                smaregiStock: $0.smaregiStock,
                                pending: $0.pending,
                                pushedAt: now,
                                runID: runID
                            )
                        }
                    )
                    try ledger.forget(store: store, skus: sent.refused.map { ($0.manageNumber, $0.variantId) })
                }
            } catch {
                return error
            }
            pushed += sent.accepted.count
            rejected += sent.refused.count
            CrashPoint.reach("push:recorded:\(batchNumber)")
        }
        return nil
    }

    /// One bulk-upsert, sent again without the entries RMS names until it is accepted (issue #6 step 3).
    mutating func send(_ batch: [StockPush], context: inout RunContext) throws(SyncJobsError)
        -> (accepted: [StockPush], refused: [StockPush])
    {
        var entries = batch
        var refused: [StockPush] = []
        while !entries.isEmpty {
            calls += 1
            do {
                try rakuten.bulkUpsertInventories(
                    RMSInventoryBulkUpsertRequest(
                        inventories: entries.map {
                            RMSInventoryUpsert(
                                manageNumber: $0.manageNumber,
                                variantId: $0.variantId,
                                mode: .absolute,
                                quantity: $0.quantity
                            )
                        }
                    )
                )
                return (entries, refused)
            } catch {
                guard case .api(_, let status, let errors) = error, (400..<500).contains(status), status != 429 else {
                    throw MappingClients.jobError(error, store: store)
                }
                let split = StockPlanner.split(entries, rejectedIndexes: errors.map(\.itemIndex))
                for push in split.rejected {
                    let index = entries.firstIndex(of: push)
                    let own = errors.filter { $0.itemIndex == index }
                    let entry = own.first ?? errors.first
                    context.report(
                        StockReportRows.rakutenRejected(
                            push,
                            code: entry?.code ?? "HTTP \(status)",
                            message: (own.isEmpty ? errors : own).map(\.message).joined(separator: " / ")
                        )
                    )
                }
                refused += split.rejected
                entries = split.kept
            }
        }
        return ([], refused)
    }
}
