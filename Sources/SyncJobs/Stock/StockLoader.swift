import Foundation
import Logging
import RakutenRMS
import SyncCore
import SyncStore

/// The load step of 在庫更新: bulk-upserts of at most 400 ABSOLUTE quantities, each SKU recorded only after
/// Rakuten accepted it (issue #6 step 3, design.md §5).
///
/// Before each call after the first, when the last look at pending orders is older than
/// `pendingRefreshInterval`, the pending orders are learnt again and the remaining quantities re-planned, so a
/// long push (a full sync of 100,000 SKUs takes 250 calls at 1 call/s) never sends a quantity computed before
/// an order that was already visible on Rakuten a few seconds earlier.
///
/// Pushes are queued as they are planned; `drain` sends full batches while a full sync is still reading stock
/// pages, and the rest at the end.
struct StockLoader {
    let job: StockJob
    let rakuten: RMSClient
    let store: String
    let runID: Int64
    let readStartedAt: Date
    let ledger: StockPushLedger
    /// The SKUs legacy 横軸/縦軸 mappings resolved to, by 商品管理番号 (`StockScope.legacySKUs`): a pending order
    /// line of a legacy item names no SKU, so its units are held back from each of them.
    var legacySKUs: [String: [String]] = [:]

    /// SKUs accepted, SKUs refused, Rakuten calls.
    var pushed = 0
    var rejected = 0
    var calls = 0
    /// Planned pushes not sent yet, in order.
    private(set) var queue: [StockPush] = []
    /// Pushes a re-plan found already right on Rakuten.
    private(set) var unchanged: [StockPush] = []
    private var batchNumber = 0

    init(job: StockJob, context: RunContext, rakuten: RMSClient, readStartedAt: Date) {
        self.job = job
        self.rakuten = rakuten
        self.store = context.store.code
        self.runID = context.runID
        self.readStartedAt = readStartedAt
        self.ledger = StockPushLedger(database: context.database)
    }

    /// Learns the pending orders now (after the Smaregi read began: `readStartedAt`), counting the Rakuten calls.
    mutating func learnPending(_ context: inout RunContext) throws(SyncJobsError) -> StockPendingOrders {
        let learnt = try StockPendingOrders.learn(
            store: store,
            database: context.database,
            rakuten: rakuten,
            smaregiReadStartedAt: readStartedAt,
            options: job.options,
            legacySKUs: legacySKUs,
            now: job.clock()
        )
        calls += learnt.calls
        if let search = learnt.search {
            OrdersJob.reportSearchProblems(search, job: "在庫更新 stock", context: &context)
        }
        return learnt
    }

    /// What Rakuten holds for the SKUs of `mappings`, by SKU key (inventories.bulk.get, 1,000 per call); a SKU
    /// Rakuten has no row for is left out.
    mutating func rakutenQuantities(of mappings: [ProductMappingRecord]) throws(SyncJobsError) -> [String: Int] {
        guard !mappings.isEmpty else { return [:] }
        let keys = mappings.map { RMSInventoryKey(manageNumber: $0.key.manageNumber, variantId: $0.key.variantId) }
        let rows: [RMSInventory]
        do {
            calls += RMSInventoryBulkGetRequest.chunked(keys).count
            rows = try rakuten.inventories(for: keys)
        } catch {
            throw SyncJobsError(rakuten: error, store: store)
        }
        var holds: [String: Int] = [:]
        for row in rows { holds[StockPendingOrders.key(row.manageNumber, row.variantId)] = row.quantity }
        return holds
    }

    /// Adds planned pushes behind those already waiting.
    mutating func enqueue(_ pushes: [StockPush]) {
        queue += pushes
    }

    /// Sends the waiting pushes in batches of 400: only full batches while more are coming (a full sync still
    /// reading stock pages), everything when `final`. Returns the failure that stopped the push (Rakuten
    /// unavailable or refusing the whole call), nil when the batches were sent.
    mutating func drain(
        final: Bool,
        pending: inout StockPendingOrders,
        scope: StockScope,
        context: inout RunContext
    ) -> SyncJobsError? {
        let size = RMSInventoryBulkUpsertRequest.maximumEntries
        func ready(_ queue: [StockPush]) -> Bool { queue.count >= size || (final && !queue.isEmpty) }
        while ready(queue) {
            if batchNumber > 0, job.clock().timeIntervalSince(pending.learntAt) >= job.options.pendingRefreshInterval {
                do {
                    pending = try learnPending(&context)
                } catch {
                    return error
                }
                let replanned = StockPlanner.plan(queue.map { scope.candidate(replanning: $0, pending: pending.units) })
                unchanged += replanned.unchanged
                queue = replanned.pushes
                guard ready(queue) else { break }
            }
            let batch = Array(queue.prefix(size))
            queue.removeFirst(batch.count)
            batchNumber += 1
            if let failure = send(batch: batch, number: batchNumber, context: &context) { return failure }
        }
        return nil
    }

    /// Sends one batch and records what Rakuten accepted.
    private mutating func send(batch: [StockPush], number: Int, context: inout RunContext) -> SyncJobsError? {
        CrashPoint.reach("push:before:\(number)")
        let sent: (accepted: [StockPush], refused: [StockPush])
        do {
            sent = try send(batch, context: &context)
        } catch {
            return error
        }
        CrashPoint.reach("push:accepted:\(number)")
        do {
            let now = job.clock()
            let ledger = self.ledger
            let runID = self.runID
            let store = self.store
            try SyncJobsError.database("record stock pushes") {
                try ledger.recordPushed(store: store, sent.accepted.map { $0.record(at: now, runID: runID) })
                try ledger.forget(store: store, skus: sent.refused.map { ($0.manageNumber, $0.variantId) })
            }
        } catch {
            return error
        }
        pushed += sent.accepted.count
        rejected += sent.refused.count
        CrashPoint.reach("push:recorded:\(number)")
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
                    throw SyncJobsError(rakuten: error, store: store)
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
