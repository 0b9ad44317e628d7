import Foundation

/// A token bucket per key (e.g. one per API and shop) that blocks callers so requests never go out faster than
/// the configured rate.
///
/// With `burst` 1 the requests of one key are spaced at least `1 / requestsPerSecond` apart, so no one-second
/// window holds more than `requestsPerSecond` of them. `@unchecked Sendable`: all state is guarded by `lock`;
/// waiting happens outside the lock, on a slot reserved inside it, so callers are served in arrival order.
package final class RequestPacer: @unchecked Sendable {
    /// The allowed rate for one key.
    package struct Limit: Sendable, Equatable {
        /// Sustained requests per second (> 0).
        package var requestsPerSecond: Double
        /// How many requests may go back to back after an idle period (≥ 1).
        package var burst: Int

        /// A limit of `requestsPerSecond` with an optional burst (default 1: strictly spaced).
        package init(requestsPerSecond: Double, burst: Int = 1) {
            self.requestsPerSecond = max(requestsPerSecond, 0.001)
            self.burst = max(burst, 1)
        }
    }

    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    private let lock = NSLock()
    private var limits: [String: Limit]
    private let defaultLimit: Limit?
    private var buckets: [String: Bucket] = [:]

    /// A pacer with per-key limits; keys without a limit use `defaultLimit`, or pass through when it is `nil`.
    package init(limits: [String: Limit] = [:], defaultLimit: Limit? = nil) {
        self.limits = limits
        self.defaultLimit = defaultLimit
    }

    /// Sets or replaces the limit of `key` (its bucket starts full again).
    package func setLimit(_ limit: Limit?, for key: String) {
        lock.withLock {
            limits[key] = limit
            buckets[key] = nil
        }
    }

    /// Blocks the calling thread until a request for `key` may be sent, and takes that slot.
    /// - Returns: how long the caller waited.
    @discardableResult
    package func acquire(key: String) -> Duration {
        let wait = reserve(key: key)
        if wait > .zero { Thread.sleep(forTimeInterval: wait.seconds) }
        return wait
    }

    /// Takes one token (possibly going negative = a reservation in the future) and returns the wait for it.
    private func reserve(key: String) -> Duration {
        lock.withLock {
            guard let limit = limits[key] ?? defaultLimit else { return .zero }
            let now = ContinuousClock.now
            var bucket = buckets[key] ?? Bucket(tokens: Double(limit.burst), updated: now)
            let refill = (now - bucket.updated).seconds * limit.requestsPerSecond
            bucket.tokens = min(Double(limit.burst), bucket.tokens + refill)
            bucket.updated = now
            bucket.tokens -= 1
            buckets[key] = bucket
            guard bucket.tokens < 0 else { return .zero }
            return .seconds(-bucket.tokens / limit.requestsPerSecond)
        }
    }
}
