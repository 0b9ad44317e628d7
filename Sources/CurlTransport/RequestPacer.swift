import Foundation

/// A token bucket per key (e.g. one per API and shop) that blocks callers so requests never go out faster than
/// the configured rate.
///
/// With `burst` 1 the requests of one key are spaced at least `1 / requestsPerSecond` apart, so no one-second
/// window holds more than `requestsPerSecond` of them. `@unchecked Sendable`: all mutable state is guarded by `lock`;
/// waiting happens outside the lock, on a slot reserved inside it, so callers are served in arrival order.
///
/// With a `shared` budget store the buckets live in files instead (`SharedBudget`), so every process with the
/// same directory, scope and key takes its slots from one budget. The file key is `scope` + the pacer key: the
/// caller puts what the remote service counts by (a license key, a contract ID) into `scope`. When the file cannot
/// be used the pacer falls back to its in-memory bucket and keeps the error in `sharedBudgetFailure`.
package final class RequestPacer: @unchecked Sendable {
    /// The allowed rate for one key.
    package struct Limit: Sendable, Equatable {
        /// Sustained requests per second (> 0).
        package var requestsPerSecond: Double
        /// How many requests may go back to back after an idle period (≥ 1).
        package var burst: Int
        /// With a shared store and `burst` 1: the next request waits one interval from the previous one's answer,
        /// not only from its send (`SharedBudget.finish`), for a server that may count a request at any moment
        /// until it answers. Costs the answer's latency between back-to-back requests, so only for low rates.
        package var spacedFromAnswer: Bool

        /// A limit of `requestsPerSecond` with an optional burst (default 1: strictly spaced).
        package init(requestsPerSecond: Double, burst: Int = 1, spacedFromAnswer: Bool = false) {
            self.requestsPerSecond = max(requestsPerSecond, 0.001)
            self.burst = max(burst, 1)
            self.spacedFromAnswer = spacedFromAnswer
        }
    }

    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    private let lock = NSLock()
    private let limits: [String: Limit]
    private let defaultLimit: Limit?
    private var buckets: [String: Bucket] = [:]
    private let shared: SharedBudget?
    private let scope: String
    private var failure: CurlTransportError?

    /// A pacer with per-key limits; keys without a limit use `defaultLimit`, or pass through when it is `nil`.
    /// - Parameters:
    ///   - shared: where the budgets shared with other processes live; nil = this process's memory only.
    ///   - scope: prefixed to every key in the shared store (e.g. the license key); never written in clear.
    package init(
        limits: [String: Limit] = [:],
        defaultLimit: Limit? = nil,
        shared: SharedBudget? = nil,
        scope: String = ""
    ) {
        self.limits = limits
        self.defaultLimit = defaultLimit
        self.shared = shared
        self.scope = scope
    }

    /// The last error of the shared store (the pacer then paced this process alone), once; nil when none.
    package func takeSharedBudgetFailure() -> CurlTransportError? {
        lock.withLock {
            defer { failure = nil }
            return failure
        }
    }

    /// The key under which `key`'s budget is kept in the shared store (scope and key, unit-separated).
    package func sharedKey(_ key: String) -> String { scope + "\u{1F}" + key }

    /// Blocks the calling thread until a request for `key` may be sent, and takes that slot.
    /// - Returns: how long the caller waited.
    @discardableResult
    package func acquire(key: String) -> Duration {
        var wait = reserve(key: key)
        if wait > .zero { Thread.sleep(forTimeInterval: wait.seconds) }
        while let more = confirm(key: key), more > .zero {
            Thread.sleep(forTimeInterval: more.seconds)
            wait += more
        }
        return wait
    }

    /// The limit of `key`: its own, else the default (nil: pass through). Fixed at initialisation.
    private func configuredLimit(for key: String) -> Limit? {
        limits[key] ?? defaultLimit
    }

    /// Tells the shared store that a request of `key` was answered or failed (see `SharedBudget.finish`); nothing
    /// without one.
    package func finished(key: String) {
        guard let shared, let limit = configuredLimit(for: key), limit.spacedFromAnswer else {
            return
        }
        do {
            try shared.finish(key: sharedKey(key), limit: limit)
        } catch {
            lock.withLock { failure = error }
        }
    }

    /// With a shared store: confirms the send (see `SharedBudget.confirm`); nil when there is nothing to confirm.
    private func confirm(key: String) -> Duration? {
        guard let shared, let limit = configuredLimit(for: key) else { return nil }
        do {
            return try shared.confirm(key: sharedKey(key), limit: limit)
        } catch {
            lock.withLock { failure = error }
            return nil
        }
    }

    /// Takes one token (possibly going negative = a reservation in the future) and returns the wait for it.
    private func reserve(key: String) -> Duration {
        if let shared, let limit = configuredLimit(for: key) {
            do {
                return try shared.reserve(key: sharedKey(key), limit: limit)
            } catch {
                lock.withLock { failure = error }
            }
        }
        return lock.withLock {
            guard let limit = configuredLimit(for: key) else { return .zero }
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
