import Foundation
import SmaregiAPI
import SyncCore
import SyncStore

extension StockJob {
    /// The Smaregi stock this run knows.
    struct StockRead {
        /// Amount per product (rows read this run).
        var byProduct: [Int: Int] = [:]
        /// Products whose stock row changed since the delta start.
        var changedProducts: Set<Int> = []
        /// Rows read.
        var rows = 0
    }

    /// Reads the rows of the stock store updated since the watermark minus the overlap (issue #6 step 1; ≤31-day
    /// windows, pages of 1,000). The raw rows go to `extracted.jsonl`. (A full run streams instead: `streamFull`.)
    func readStock(scope: StockScope, smaregi: SmaregiClient, stockStoreID: Int, context: RunContext)
        throws(SyncJobsError) -> StockRead
    {
        var read = StockRead()
        let rows: [SmaregiStock]
        do {
            // The upper bound is a minute ahead: the query has whole seconds (a row updated at 12:00:05.3 is
            // outside `…-to 12:00:05`) and Smaregi's clock may run ahead of ours; the overlap covers the other way.
            let until = clock().addingTimeInterval(60)
            let since = min(scope.since ?? until, until)
            rows = try smaregi.stock(updatedBetween: since...until, storeId: stockStoreID)
        } catch {
            throw SyncJobsError(smaregi: error, store: context.store.code)
        }
        read.rows = rows.count
        for row in rows where row.storeId == stockStoreID {
            read.byProduct[row.productId] = row.amount
            read.changedProducts.insert(row.productId)
        }
        try context.staging.writeLines(try StockStagingLine.rows(rows, in: context.staging), to: "extracted.jsonl")
        CrashPoint.reach("extract:done")
        return read
    }

    /// Reads the stock of selected products this run knows nothing about (new mappings): one request per
    /// product up to `singleReadLimit`, else the whole stock store. A product with no row gets 0.
    func readMissing(
        _ selected: [ProductMappingRecord],
        scope: StockScope,
        stock: inout StockRead,
        smaregi: SmaregiClient,
        stockStoreID: Int,
        _ context: RunContext
    ) throws(SyncJobsError) {
        var missing: [Int] = []
        var seen: Set<Int> = []
        for mapping in selected {
            guard let product = mapping.resolvedProductID, scope.knownStock(mapping, stock: stock.byProduct) == nil
            else { continue }
            if seen.insert(product).inserted { missing.append(product) }
        }
        guard !missing.isEmpty else { return }
        do {
            let rows =
                missing.count <= options.singleReadLimit
                ? try smaregi.stock(storeId: stockStoreID, productIds: missing)
                : try smaregi.stock(storeId: stockStoreID)
            stock.rows += rows.count
            for row in rows where row.storeId == stockStoreID && stock.byProduct[row.productId] == nil {
                stock.byProduct[row.productId] = row.amount
            }
        } catch {
            throw SyncJobsError(smaregi: error, store: context.store.code)
        }
        for product in missing where stock.byProduct[product] == nil { stock.byProduct[product] = 0 }
    }
}
