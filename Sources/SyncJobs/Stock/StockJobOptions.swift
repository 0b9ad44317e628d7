import Foundation

/// How one 在庫更新 run behaves (issue #6).
package struct StockJobOptions: Sendable, Equatable {
    /// Read every mapped product and plan every 連携済み SKU (`--full`; the first run does it anyway).
    package var full: Bool
    /// How far before the watermark the Smaregi `upd_date_time` read starts (clock skew, late commits).
    package var overlap: TimeInterval
    /// How far back the pending-order search reaches when the orders job has no watermark yet.
    package var pendingLookBack: TimeInterval
    /// The pending-order search never reaches further back than this.
    package var pendingMaximumLookBack: TimeInterval
    /// Pending orders are learnt again before a batch when the last look is older than this.
    package var pendingRefreshInterval: TimeInterval
    /// SKUs new to the push ledger read their product's stock one request each up to this many products;
    /// above it the whole stock store is read instead.
    package var singleReadLimit: Int

    /// Options; the defaults are the cron run.
    package init(
        full: Bool = false,
        overlap: TimeInterval = 300,
        pendingLookBack: TimeInterval = 3_600,
        pendingMaximumLookBack: TimeInterval = 86_400,
        pendingRefreshInterval: TimeInterval = 5,
        singleReadLimit: Int = 50
    ) {
        self.full = full
        self.overlap = overlap
        self.pendingLookBack = pendingLookBack
        self.pendingMaximumLookBack = pendingMaximumLookBack
        self.pendingRefreshInterval = pendingRefreshInterval
        self.singleReadLimit = singleReadLimit
    }
}
