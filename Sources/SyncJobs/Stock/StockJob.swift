import Foundation
import Logging
import RakutenRMS
import SmaregiAPI
import SyncCore
import SyncStore

/// 在庫更新 (`rakuten-sync-stock`, every minute): Smaregi stock to Rakuten without creating oversells (issue #6,
/// design.md §4–§5).
///
/// Extract: the Smaregi stock rows of the stock store changed since the watermark minus an overlap (every row on
/// the first run and with `--full`, streamed page by page: `streamFull`), then the pending orders (the ledger and
/// the newest Rakuten orders) — learnt after the Smaregi read began so an order imported in between is never
/// missed. Transform: `StockPlanner`.
/// Load: inventories.bulk.upsert ABSOLUTE, ≤400 per call, paced by the RMS client at 1 call/s; a call refused
/// for some entries is sent again without them. Each SKU's quantity is recorded in `stock_pushes` only after
/// Rakuten accepted it, so a crash at any point costs at most one identical push on the next run.
package struct StockJob {
    /// What one run did.
    package struct Outcome: Sendable, Equatable {
        /// Whether every mapped product was read.
        package var full = false
        /// SKUs planned.
        package var planned = 0
        /// SKUs whose quantity Rakuten accepted in this run.
        package var pushed = 0
        /// SKUs already right on Rakuten.
        package var unchanged = 0
        /// SKUs Rakuten refused.
        package var rejected = 0
        /// Mappings in error that were skipped and reported.
        package var mappingsInError = 0
        /// Rakuten calls (order search and read, bulk-upserts).
        package var rakutenCalls = 0
        /// Smaregi stock rows read.
        package var smaregiRows = 0
    }

    let options: StockJobOptions
    let clock: @Sendable () -> Date

    /// A job with `options`.
    package init(options: StockJobOptions = StockJobOptions(), clock: @escaping @Sendable () -> Date = WallClock.now) {
        self.options = options
        self.clock = clock
    }

    /// The job body for the run frame.
    package func run(_ context: inout RunContext) throws(SyncJobsError) {
        _ = try execute(&context)
    }

    /// Runs extract, plan and push for the context's store; returns what happened.
    package func execute(_ context: inout RunContext) throws(SyncJobsError) -> Outcome {
        let store = context.store
        var outcome = Outcome()
        if context.skipsWithoutSmaregi() { return outcome }
        guard let stockStoreID = Int(store.smaregiStockStoreID), stockStoreID > 0 else {
            throw .configuration(
                store: store.code,
                problem:
                    "スマレジの在庫店舗が未設定です。`rakuten-sync store set \(store.code) --smaregi-stock-store ID` で設定してください "
                    + "(no Smaregi stock store is set)"
            )
        }
        let smaregi = try RemoteClients.smaregi(
            for: store,
            database: context.database,
            rates: .contractLimits(writesPerSecond: nil),
            logger: context.logger
        )
        let rakuten = RemoteClients.rakuten(for: store, database: context.database, logger: context.logger)
        let scope = try StockScope.load(context, options: options, now: clock())
        outcome.full = scope.full
        let readStartedAt = clock()
        var loader = StockLoader(job: self, context: context, rakuten: rakuten, readStartedAt: readStartedAt)
        loader.legacySKUs = scope.legacySKUs
        let part =
            scope.full
            ? try streamFull(scope: scope, smaregi: smaregi, stockStoreID: stockStoreID, loader: &loader, &context)
            : try delta(scope: scope, smaregi: smaregi, stockStoreID: stockStoreID, loader: &loader, &context)
        let failure = part.failure
        let unchanged = part.unchanged + loader.unchanged
        outcome.smaregiRows = part.smaregiRows
        outcome.planned = part.planned
        outcome.mappingsInError = scope.errorMappings.count
        outcome.pushed = loader.pushed
        outcome.rejected = loader.rejected
        outcome.unchanged = unchanged.count
        outcome.rakutenCalls = loader.calls
        try SyncJobsError.database("record unchanged stock") {
            let now = clock()
            try StockPushLedger(database: context.database).recordSeen(
                store: store.code,
                unchanged.map { $0.record(at: now, runID: context.runID) }
            )
        }
        context.counts.succeeded += outcome.pushed
        context.counts.failed += outcome.rejected
        if failure == nil {
            try SyncJobsError.database("write watermark") {
                try WatermarkRepository(database: context.database).set(
                    Watermark(date: readStartedAt),
                    job: context.job.rawValue,
                    store: store.code,
                    at: clock()
                )
            }
        }
        context.logCounts = [
            ("read", outcome.smaregiRows), ("pushed", outcome.pushed), ("unchanged", outcome.unchanged),
            ("rejected", outcome.rejected), ("mappings_in_error", outcome.mappingsInError),
        ]
        context.logger.info(
            "在庫更新: \(outcome.full ? "full" : "delta") read \(outcome.smaregiRows) Smaregi rows, planned \(outcome.planned), pushed \(outcome.pushed), unchanged \(outcome.unchanged), rejected \(outcome.rejected), mappings in error \(outcome.mappingsInError); \(outcome.rakutenCalls) Rakuten calls"
        )
        if let failure { throw failure }
        return outcome
    }

    /// Writes the pushes to `transformed.jsonl` (design.md §4.4): one line per SKU to push.
    func stage(_ pushes: [StockPush], in context: RunContext) throws(SyncJobsError) {
        try context.staging.writeLines(
            try StockStagingLine.pushes(pushes, in: context.staging),
            to: "transformed.jsonl"
        )
        CrashPoint.reach("transform:done")
    }
}
