import Foundation
import SmaregiAPI
import SyncCore
import SyncStore

extension StockJob {
    /// What the extract-transform part of a run hands to the end of the run.
    struct Part {
        var smaregiRows = 0
        var planned = 0
        var unchanged: [StockPush] = []
        var failure: SyncJobsError?
    }

    /// A delta run: the rows changed since the watermark, then the pending orders (see StockPendingOrders), what
    /// Rakuten holds for the SKUs whose last push was capped, the plan, and the push.
    func delta(
        scope: StockScope,
        smaregi: SmaregiClient,
        stockStoreID: Int,
        loader: inout StockLoader,
        _ context: inout RunContext
    ) throws(SyncJobsError) -> Part {
        var stock = try readStock(scope: scope, smaregi: smaregi, stockStoreID: stockStoreID, context: context)
        var pending = try loader.learnPending(&context)
        // Read after the pending orders: an order Rakuten took since is then in Rakuten's figure, never only in
        // the plan. A failed read leaves the capped SKUs as they are and ends the run with 75 after the push.
        var scope = scope
        var checkFailure: SyncJobsError?
        do {
            scope.rakutenHolds = try loader.rakutenQuantities(of: scope.cappedSKUs)
        } catch {
            checkFailure = error
        }
        let selected = scope.select(changedProducts: stock.changedProducts, pending: pending.units)
        try readMissing(selected, scope: scope, stock: &stock, smaregi: smaregi, stockStoreID: stockStoreID, context)
        for row in scope.errorRows(changedProducts: stock.changedProducts) { context.report(row) }
        let plan = StockPlanner.plan(scope.candidates(selected, stock: stock.byProduct, pending: pending.units))
        for row in plan.rows { context.report(row) }
        try stage(plan.pushes, in: context)
        loader.enqueue(plan.pushes)
        let failure = loader.drain(final: true, pending: &pending, scope: scope, context: &context) ?? checkFailure
        return Part(
            smaregiRows: stock.rows,
            planned: plan.pushes.count + plan.unchanged.count,
            unchanged: plan.unchanged,
            failure: failure
        )
    }
}
