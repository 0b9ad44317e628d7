import Foundation

/// The sandbox's notion of "now": the wall clock plus a configurable offset.
package struct SandboxClock: Sendable, Equatable {
    /// Seconds added to the wall clock.
    package var offset: TimeInterval

    /// Creates a clock shifted by `offset` seconds.
    package init(offset: TimeInterval = 0) { self.offset = offset }

    /// The current sandbox time.
    package func now() -> Date { Date().addingTimeInterval(offset) }
}
