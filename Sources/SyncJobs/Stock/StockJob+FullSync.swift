import Foundation
import Logging
import SmaregiAPI
import SyncCore
import SyncStore

extension StockJob {
    /// Stock pages waiting between the reader thread and the pusher; 8 pages of 1,000 rows at most.
    static let pagesInFlight = 8

    /// A full run (the first one, `--full`) as a stream: the stock store's pages are read on a second thread while
    /// the SKUs of the pages already read are planned and pushed, so the 250 bulk-upserts of 100,000 SKUs (the
    /// bottleneck, 1 call/s) start after the first page instead of after all 100 (issue #6: a full sync in at most
    /// 1.1 × what the inventory limit allows).
    ///
    /// The pending orders are learnt once the first page has arrived (so `readStartedAt` is before every row read)
    /// and again before later batches (StockLoader). A mapped product that no page contained has no stock row and
    /// pushes 0, after the last page. A product seen twice (rows shifting between pages while the read runs) keeps
    /// its first amount; the next delta run reads anything that changed since `readStartedAt`.
    ///
    /// Staging: `extracted.jsonl` is written when the read ends and `transformed.jsonl` when the plan is complete (or
    /// the run stops), both atomically; the push ledger is what records each SKU as it is accepted.
    func streamFull(
        scope: StockScope,
        smaregi: SmaregiClient,
        stockStoreID: Int,
        loader: inout StockLoader,
        _ context: inout RunContext
    ) throws(SyncJobsError) -> Part {
        var mappingsByProduct: [Int: [ProductMappingRecord]] = [:]
        for mapping in scope.usable {
            if let product = mapping.resolvedProductID { mappingsByProduct[product, default: []].append(mapping) }
        }
        for row in scope.errorRows(changedProducts: []) { context.report(row) }

        let reader = BackgroundProducer<[SmaregiStock]>(capacity: Self.pagesInFlight, name: "stock-pages") { emit in
            try smaregi.stockPages(storeId: stockStoreID) { emit($0) }
        }
        defer { reader.cancel() }  // stops the reader when the push stops early; at once when it finished
        var part = Part()
        var pending: StockPendingOrders?
        var seen: Set<Int> = []
        var extracted: [Data] = []
        var transformed: [Data] = []

        func plan(_ mappings: [ProductMappingRecord], stock: [Int: Int], pending: StockPendingOrders)
            throws(SyncJobsError)
        {
            let plan = StockPlanner.plan(scope.candidates(mappings, stock: stock, pending: pending.units))
            for row in plan.rows { context.report(row) }
            part.planned += plan.pushes.count + plan.unchanged.count
            part.unchanged += plan.unchanged
            transformed += try StockStagingLine.pushes(plan.pushes, in: context.staging)
            loader.enqueue(plan.pushes)
        }
        do throws(SyncJobsError) {
            while let page = try Self.nextPage(reader, store: context.store.code) {
                part.smaregiRows += page.count
                extracted += try StockStagingLine.rows(page, in: context.staging)
                var stock: [Int: Int] = [:]
                var mappings: [ProductMappingRecord] = []
                for row in page where row.storeId == stockStoreID && seen.insert(row.productId).inserted {
                    stock[row.productId] = row.amount
                    mappings += mappingsByProduct[row.productId] ?? []
                }
                var current: StockPendingOrders
                if let pending { current = pending } else { current = try loader.learnPending(&context) }
                try plan(mappings, stock: stock, pending: current)
                part.failure = loader.drain(final: false, pending: &current, scope: scope, context: &context)
                pending = current
                if part.failure != nil { break }
            }
        } catch {
            // The run fails with `error`; what was read and planned is staged for the record, and a staging
            // failure on top of it is logged rather than hiding the first error.
            for (lines, name) in [(extracted, "extracted.jsonl"), (transformed, "transformed.jsonl")] {
                do {
                    try context.staging.writeLines(lines, to: name)
                } catch let stagingError {
                    context.logger.error("could not stage \(name) after the run failed: \(stagingError)")
                }
            }
            throw error
        }
        try context.staging.writeLines(extracted, to: "extracted.jsonl")
        if part.failure != nil {
            try context.staging.writeLines(transformed, to: "transformed.jsonl")
            return part
        }
        CrashPoint.reach("extract:done")

        // Mapped products without a stock row: 0.
        var current: StockPendingOrders
        if let pending { current = pending } else { current = try loader.learnPending(&context) }
        let withoutRow = scope.usable.filter { $0.resolvedProductID.map { !seen.contains($0) } ?? false }
        try plan(withoutRow, stock: [:], pending: current)
        try context.staging.writeLines(transformed, to: "transformed.jsonl")
        CrashPoint.reach("transform:done")
        part.failure = loader.drain(final: true, pending: &current, scope: scope, context: &context)
        return part
    }

    /// The next page of the reader, with a Smaregi failure as the job error.
    private static func nextPage(_ reader: BackgroundProducer<[SmaregiStock]>, store: String) throws(SyncJobsError)
        -> [SmaregiStock]?
    {
        do {
            return try reader.next()
        } catch {
            throw SyncJobsError(smaregi: error, store: store)
        }
    }
}
