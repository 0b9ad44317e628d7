import Foundation

/// The clock every "now" of the jobs and admin commands comes from in production: the run frame, the jobs and the
/// admin context take a clock (`RunFrame(clock:)`, `OrdersJob(clock:)`, `AdminContext.clock`…) that defaults to this
/// one, and tests pass their own. Durations are measured with `ContinuousClock` instead, which never jumps.
package enum WallClock {
    /// The current time of the host.
    package static let now: @Sendable () -> Date = { Date() }
}
