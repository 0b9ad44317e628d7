import Foundation
import SyncCore
import SyncStore

/// What a stock run works over: the store's 連携済み SKU mappings, the mappings in error, the push ledger, and
/// whether the run reads everything (first run, `--full`) or the changes since the watermark.
struct StockScope {
    /// Every mapped product is read and every usable SKU planned.
    var full: Bool
    /// `--full`: every usable SKU is pushed even when the ledger says Rakuten has it (repairs a quantity
    /// changed on Rakuten by hand).
    var forcePush = false
    /// The start of the delta read (watermark minus overlap); nil on a full run.
    var since: Date?
    /// 連携済み mappings with a resolved Smaregi product, keyed by the Rakuten SKU they push to: SKU mappings as
    /// they are, legacy 横軸/縦軸 ones under the `variantId` the mapping check resolved (issue #13 §1).
    var usable: [ProductMappingRecord]
    /// 連携済み legacy mappings without a resolved SKU (reported `LEGACY_SKU_UNRESOLVED`, not pushed).
    var unresolvedLegacy: [ProductMappingRecord] = []
    /// The SKUs pushed for legacy 横軸/縦軸 mappings, by lower-cased 商品管理番号 (pending legacy order lines are held
    /// back from each, `StockPendingOrders.hold`).
    var legacySKUs: [String: [String]] = [:]
    /// Mappings in error (skipped and reported, issue #6 step 4).
    var errorMappings: [ProductMappingRecord]
    /// The push ledger by SKU key.
    var pushed: [String: StockPushRecord]
    /// The store's safety stock.
    var storeSafety: Int
    /// Per-mapping safety stock by SKU key, where a mapping has its own.
    var ownSafety: [String: Int] = [:]
    /// SKU keys of orders cancelled on Rakuten after their import, noticed after the SKU's last push: Rakuten put
    /// the units back on sale while Smaregi's 受注 still holds them, so the SKU is planned and pushed again even
    /// though its quantity did not change (Smaregi is the stock master; the merchant releases the units by
    /// cancelling the 受注, which the next run then pushes).
    var cancelledSincePush: Set<String> = []
    /// What Rakuten holds, by SKU key, for the SKUs read back this run (delta runs: those whose last push was
    /// capped, `StockPlanner.needsRakutenCheck`).
    var rakutenHolds: [String: Int] = [:]

    /// The safety stock of a SKU key: the mapping's own, else the store's.
    func safety(_ key: String) -> Int {
        ownSafety[key] ?? storeSafety
    }

    /// How far back cancellations after import are looked for (the orders job notices them within its 14-day
    /// re-check period).
    static let cancellationLookBack: TimeInterval = 31 * 86_400

    static func load(_ context: RunContext, options: StockJobOptions, now: Date) throws(SyncJobsError) -> StockScope {
        let code = context.store.code
        let mappings = try SyncJobsError.database("read product mappings") {
            try ProductMappingRepository(database: context.database).list(store: code)
        }
        let rows = try SyncJobsError.database("read stock pushes") {
            try StockPushLedger(database: context.database).all(store: code)
        }
        let watermark = try SyncJobsError.database("read watermark") {
            try WatermarkRepository(database: context.database).watermark(job: context.job.rawValue, store: code)
        }
        let since = watermark.map { $0.date.addingTimeInterval(-options.overlap) }
        var pushed: [String: StockPushRecord] = [:]
        pushed.reserveCapacity(rows.count)
        for row in rows { pushed[StockPendingOrders.key(row.manageNumber, row.variantId)] = row }
        let ok = mappings.filter { $0.status == .ok && $0.resolvedProductID != nil }
        var usable = ok.filter { !$0.key.isLegacy }
        let skuKeys = Set(usable.map { StockPendingOrders.key($0.key.manageNumber, $0.key.variantId) })
        var unresolvedLegacy: [ProductMappingRecord] = []
        var legacySKUs: [String: [String]] = [:]
        for mapping in ok where mapping.key.isLegacy {
            guard let variant = mapping.resolvedVariantId, !variant.isEmpty else {
                unresolvedLegacy.append(mapping)
                continue
            }
            legacySKUs[mapping.key.manageNumber.lowercased(), default: []].append(variant)
            // An SKU mapping of the same SKU wins; the legacy one would push the same quantity twice.
            guard !skuKeys.contains(StockPendingOrders.key(mapping.key.manageNumber, variant)) else { continue }
            var resolved = mapping
            resolved.key = ProductMappingRecord.Key(manageNumber: mapping.key.manageNumber, variantId: variant)
            usable.append(resolved)
        }
        var ownSafety: [String: Int] = [:]
        for mapping in usable {
            if let own = mapping.safetyStock {
                ownSafety[StockPendingOrders.key(mapping.key.manageNumber, mapping.key.variantId)] = own
            }
        }
        let cancelled = try SyncJobsError.database("read orders cancelled after import") {
            try StockPushLedger(database: context.database).noticedOrderUnits(
                store: code,
                notice: OrdersJob.cancelledNotice,
                since: now.addingTimeInterval(-Self.cancellationLookBack)
            )
        }
        var cancelledSincePush: Set<String> = []
        for unit in cancelled where !unit.variantId.isEmpty {
            let key = StockPendingOrders.key(unit.manageNumber, unit.variantId)
            if let last = pushed[key], last.pushedAt >= unit.noticedAt { continue }
            cancelledSincePush.insert(key)
        }
        return StockScope(
            full: options.full || since == nil,
            forcePush: options.full,
            since: options.full ? nil : since,
            usable: usable,
            unresolvedLegacy: unresolvedLegacy,
            legacySKUs: legacySKUs,
            errorMappings: mappings.filter { $0.status == .error },
            pushed: pushed,
            storeSafety: context.store.safetyStock,
            ownSafety: ownSafety,
            cancelledSincePush: cancelledSincePush
        )
    }

    /// The quantity Rakuten is known to hold for a SKU (its last accepted push from this product), or nil when
    /// the SKU must be pushed whatever its quantity: `--full`, never pushed, or units given back by a
    /// cancellation after import.
    func lastPushed(_ key: String, product: Int) -> Int? {
        guard !forcePush, !cancelledSincePush.contains(key), let last = pushed[key], last.productId == product else {
            return nil
        }
        return last.quantity
    }

    /// The usable mappings whose last push (from their current product) was capped: on a delta run they are read
    /// back from Rakuten, which may have sold from the cap.
    var cappedSKUs: [ProductMappingRecord] {
        guard !full else { return [] }
        return usable.filter { mapping in
            let key = StockPendingOrders.key(mapping.key.manageNumber, mapping.key.variantId)
            guard let last = pushed[key], last.productId == mapping.resolvedProductID else { return false }
            return StockPlanner.needsRakutenCheck(lastPushed: last.quantity)
        }
    }

    /// The usable mappings to plan this run: all on a full run; else those whose product changed, those never
    /// pushed (or pushed from another product), those with pending units now or at their last push, and those
    /// read back from Rakuten this run.
    func select(changedProducts: Set<Int>, pending: [String: Int]) -> [ProductMappingRecord] {
        guard !full else { return usable }
        return usable.filter { mapping in
            guard let product = mapping.resolvedProductID else { return false }
            let key = StockPendingOrders.key(mapping.key.manageNumber, mapping.key.variantId)
            guard let last = pushed[key], last.productId == product else { return true }
            return changedProducts.contains(product) || (pending[key] ?? 0) > 0 || last.pending > 0
                || cancelledSincePush.contains(key) || rakutenHolds[key] != nil
        }
    }

    /// The Smaregi stock known for a selected mapping's product without another read: the row read this run,
    /// else (delta runs) the stock its last push was computed from; `nil` = unknown.
    func knownStock(_ mapping: ProductMappingRecord, stock: [Int: Int]) -> Int?? {
        guard let product = mapping.resolvedProductID else { return .some(nil) }
        if let amount = stock[product] { return .some(amount) }
        if full { return .some(nil) }
        let key = StockPendingOrders.key(mapping.key.manageNumber, mapping.key.variantId)
        if let last = pushed[key], last.productId == product { return .some(last.smaregiStock) }
        return nil
    }

    /// Planner input for the selected mappings.
    func candidates(_ selected: [ProductMappingRecord], stock: [Int: Int], pending: [String: Int]) -> [StockCandidate] {
        selected.compactMap { mapping in
            guard let product = mapping.resolvedProductID else { return nil }
            let key = StockPendingOrders.key(mapping.key.manageNumber, mapping.key.variantId)
            return StockCandidate(
                manageNumber: mapping.key.manageNumber,
                variantId: mapping.key.variantId,
                productId: product,
                smaregiStock: knownStock(mapping, stock: stock) ?? nil,
                pending: pending[key] ?? 0,
                safetyStock: safety(key),
                lastPushed: lastPushed(key, product: product),
                rakutenQuantity: rakutenHolds[key]
            )
        }
    }

    /// Planner input for a push planned earlier in the run, with the pending units learnt since (the loader's
    /// re-plan before a later batch).
    func candidate(replanning push: StockPush, pending: [String: Int]) -> StockCandidate {
        let key = StockPendingOrders.key(push.manageNumber, push.variantId)
        return StockCandidate(
            manageNumber: push.manageNumber,
            variantId: push.variantId,
            productId: push.productId,
            smaregiStock: push.smaregiStock,
            pending: pending[key] ?? 0,
            safetyStock: safety(key),
            lastPushed: lastPushed(key, product: push.productId),
            rakutenQuantity: rakutenHolds[key]
        )
    }

    /// `MAPPING_IN_ERROR` rows: every mapping in error on a full run, else those whose product changed; and
    /// `LEGACY_SKU_UNRESOLVED` rows for 連携済み legacy mappings without a resolved SKU, on the same terms.
    func errorRows(changedProducts: Set<Int>) -> [ReportRow] {
        let unresolved = unresolvedLegacy.compactMap { mapping -> ReportRow? in
            guard let product = mapping.resolvedProductID, full || changedProducts.contains(product) else {
                return nil
            }
            return StockReportRows.legacyUnresolved(
                sku: "\(mapping.key.manageNumber) 横軸=\(mapping.key.horizontal) 縦軸=\(mapping.key.vertical)",
                smaregiID: String(product)
            )
        }
        let inError = errorMappings.compactMap { mapping -> ReportRow? in
            let product = mapping.resolvedProductID ?? mapping.smaregiProductID
            guard full || product.map(changedProducts.contains) == true else { return nil }
            return StockReportRows.mappingInError(
                sku: mapping.key.isLegacy
                    ? "\(mapping.key.manageNumber) 横軸=\(mapping.key.horizontal) 縦軸=\(mapping.key.vertical)"
                    : "\(mapping.key.manageNumber)/\(mapping.key.variantId)",
                smaregiID: product.map(String.init) ?? (mapping.smaregiProductCode ?? ""),
                reason: mapping.reason.isEmpty ? mapping.reasonCode : mapping.reason
            )
        }
        return unresolved + inError
    }
}
