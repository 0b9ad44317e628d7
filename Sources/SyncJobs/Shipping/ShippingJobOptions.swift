import Foundation

/// Tunables of the shipping job; defaults are what cron runs with.
package struct ShippingJobOptions: Sendable, Equatable {
    /// How far before the watermark each run looks again (Smaregi's `updDateTime` may lag the write).
    package var overlap: TimeInterval = 300
    /// How far back the first run looks.
    package var firstRunLookBack: TimeInterval = 86_400
    /// More orders to report than this in one run take the async API (issue #7: a burst).
    package var asyncThreshold = 20
    /// How long one run waits for updateOrderShippingAsync results; pending results are collected by a later run.
    package var asyncDeadline: TimeInterval = 60
    /// Pause between result polls.
    package var asyncPollInterval: TimeInterval = 1
    /// A `sending` row older than this whose async result never came is checked with getOrder instead.
    package var asyncResultGiveUp: TimeInterval = 1_800
    /// A row whose call has an unknown outcome — submitted asynchronously by a run that died before recording the
    /// requestId, or sent with updateOrderShipping by a run that timed out, lost the connection or died before the
    /// answer was recorded — is sent again only when Rakuten still does not show it after this long (Rakuten may
    /// still be processing the request; docs/api-assumptions.md).
    package var unknownRequestWait: TimeInterval = 600
    /// How long one RMS request may take (nil = the client's 60 s).
    package var rakutenTimeout: TimeInterval?

    /// The defaults.
    package init() {}
}
