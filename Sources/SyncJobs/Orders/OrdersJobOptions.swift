import Foundation
import SyncCore

/// How one orders run behaves: the automatic minute run, 受注指定取得 (`--order`), `--dry-run`, and the look-back
/// rules of issue #5.
package struct OrdersJobOptions: Sendable, Equatable {
    /// 受注指定取得: exactly these orders, whatever their date or earlier failure; empty = the automatic run.
    package var orderNumbers: [String]
    /// Extract and transform and report, load nothing, leave the ledger and the watermark alone.
    package var dryRun: Bool
    /// How far before the watermark each search starts (late-registered orders; default 10 minutes).
    package var overlap: TimeInterval
    /// How far back the first run (no watermark yet) searches.
    package var firstRunLookBack: TimeInterval
    /// Orders loaded within this many days are re-read to notice a cancellation or change after import.
    package var recheckDays: Int
    /// At most this many loaded orders are re-read per run (least recently read first); cancellations are also
    /// found by one search over the recheck period, so this bounds the cost of noticing amount changes.
    package var recheckPerRun: Int
    /// `orderProgress` values imported.
    package var importableProgress: Set<Int>
    /// Smaregi writes per second the client paces itself to; nil = 20 for the production API, else 4
    /// (smaregi.md §3.1).
    package var smaregiWritesPerSecond: Double?
    /// How long one Smaregi request may take (nil = the client's 60 s).
    package var smaregiTimeout: TimeInterval?
    /// A 受注登録 whose outcome is unknown (a timeout, a 5xx, an unreadable answer, a killed run) may still be
    /// processed by Smaregi later: the order is looked up again, and created only when that lookup finds nothing,
    /// no sooner than this many seconds after the uncertain attempt (docs/api-assumptions-smaregi.md).
    package var unconfirmedLoadDelay: TimeInterval

    /// Options; the defaults are the automatic cron run.
    package init(
        orderNumbers: [String] = [],
        dryRun: Bool = false,
        overlap: TimeInterval = 600,
        firstRunLookBack: TimeInterval = 86_400,
        recheckDays: Int = 14,
        recheckPerRun: Int = 100,
        importableProgress: Set<Int> = OrderTransform.defaultImportableProgress,
        smaregiWritesPerSecond: Double? = nil,
        smaregiTimeout: TimeInterval? = nil,
        unconfirmedLoadDelay: TimeInterval = OrdersJobOptions.defaultUnconfirmedLoadDelay
    ) {
        self.orderNumbers = orderNumbers
        self.dryRun = dryRun
        self.overlap = overlap
        self.firstRunLookBack = firstRunLookBack
        self.recheckDays = recheckDays
        self.recheckPerRun = recheckPerRun
        self.importableProgress = importableProgress
        self.smaregiWritesPerSecond = smaregiWritesPerSecond
        self.smaregiTimeout = smaregiTimeout
        self.unconfirmedLoadDelay = unconfirmedLoadDelay
    }

    /// Five minutes: well past the client's 60 s timeout (docs/api-assumptions-smaregi.md, 受注管理).
    package static let defaultUnconfirmedLoadDelay: TimeInterval = 300

    /// Whether this is 受注指定取得.
    package var isManual: Bool { !orderNumbers.isEmpty }
}
