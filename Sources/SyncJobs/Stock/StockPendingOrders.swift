import Foundation
import RakutenRMS
import SyncCore
import SyncStore

/// The pending units of one moment: orders Rakuten took that the Smaregi stock read may not include
/// (issue #6 step 2, design.md §5).
///
/// Two sources: the order ledger (pending, held, loading, or loaded after the Smaregi read began) and the newest
/// orders on Rakuten that the orders job has not seen yet (searchOrder by 注文日 from the orders watermark minus
/// a margin, then getOrder of the unknown numbers; cancelled ones are left out, Rakuten gave their stock back).
struct StockPendingOrders {
    /// Units per SKU key `manageNumber\u{1F}variantId`.
    var units: [String: Int] = [:]
    /// When this was learnt.
    var learntAt: Date
    /// Rakuten calls made.
    var calls = 0
    /// The date search of Rakuten's newest orders (its saturated windows and clock offset are reported).
    var search: RMSOrderSearch?

    static func key(_ manageNumber: String, _ variantId: String) -> String {
        manageNumber.lowercased() + "\u{1F}" + variantId
    }

    /// Learns the pending units now.
    static func learn(
        store: String,
        database: SyncDatabase,
        rakuten: RMSClient,
        smaregiReadStartedAt: Date,
        options: StockJobOptions,
        legacySKUs: [String: [String]] = [:],
        now: Date
    ) throws(SyncJobsError) -> StockPendingOrders {
        var result = StockPendingOrders(learntAt: now)
        let ledger = StockPushLedger(database: database)
        let ordersWatermark = try SyncJobsError.database("read orders watermark") {
            try WatermarkRepository(database: database).watermark(job: JobName.orders.rawValue, store: store)
        }
        let oldest = now.addingTimeInterval(-options.pendingMaximumLookBack)
        let start = max(
            oldest,
            ordersWatermark.map { $0.date.addingTimeInterval(-600) }
                ?? now.addingTimeInterval(-options.pendingLookBack)
        )
        let numbers: [String]
        do {
            // Up to Rakuten's time (the Date of its answers), split at the 15,000 cap like the orders job: an
            // order the host clock places "in the future" or a window past the cap would otherwise not be held back.
            let search = try rakuten.searchOrderNumbers(orderDatesFrom: start, hostNow: now)
            result.calls += search.calls
            result.search = search
            numbers = search.numbers
        } catch {
            throw SyncJobsError(rakuten: error, store: store)
        }
        // The ledger is read after the search: an order the orders job records in between is then found in
        // the ledger (pending or loaded after the Smaregi read), never lost between the two.
        let byOrder = try SyncJobsError.database("read pending orders") {
            try ledger.pendingOrderUnits(store: store, loadedSince: smaregiReadStartedAt)
        }
        let known = try SyncJobsError.database("read known orders") {
            try ledger.knownOrderNumbers(store: store, among: numbers)
        }
        for units in byOrder.values {
            for unit in units { result.hold(unit, legacySKUs: legacySKUs) }
        }
        let unknown = Array(Set(numbers).subtracting(known)).sorted()
        if !unknown.isEmpty {
            do {
                result.calls +=
                    (unknown.count + RMSGetOrderRequest.maximumOrderNumbers - 1)
                    / RMSGetOrderRequest.maximumOrderNumbers
                for model in try rakuten.getOrders(orderNumbers: unknown).orders {
                    let order = RakutenOrder(rms: model)
                    guard !order.isCancelled else { continue }
                    for unit in order.ledgerUnits { result.hold(unit, legacySKUs: legacySKUs) }
                }
            } catch {
                throw SyncJobsError(rakuten: error, store: store)
            }
        }
        return result
    }

    /// Adds the units of one order line: under its SKU, or, for a legacy 横軸/縦軸 line (no SKU管理番号), under every
    /// SKU the item's legacy mappings resolved to. Holding a unit back from each SKU of the item pushes less than
    /// Smaregi holds for the others until the order is imported, never more than Rakuten can sell (design.md §5).
    mutating func hold(_ unit: OrderLedgerRecord.Units, legacySKUs: [String: [String]]) {
        guard unit.variantId.isEmpty else {
            units[Self.key(unit.manageNumber, unit.variantId), default: 0] += unit.units
            return
        }
        for variant in legacySKUs[unit.manageNumber.lowercased()] ?? [] {
            units[Self.key(unit.manageNumber, variant), default: 0] += unit.units
        }
    }
}
