import Foundation

/// A token bucket per key, used by both sandbox sides to answer 429 like the real services.
///
/// `take(key:)` either consumes one token and returns `nil`, or returns how many seconds the caller
/// should wait (the value of `Retry-After`). A rate of `nil` disables limiting.
package final class TokenBucket: @unchecked Sendable {
    // @unchecked: every access to `buckets` and `rate` happens under `lock`.
    private let lock = NSLock()
    private var buckets: [String: (tokens: Double, last: TimeInterval)] = [:]
    private var rate: Double?
    private var burst: Double

    /// - Parameters:
    ///   - ratePerSecond: sustained rate; `nil` turns the limit off.
    ///   - burst: how many requests may arrive at once after a quiet period (at least 1).
    package init(ratePerSecond: Double?, burst: Double = 1) {
        self.rate = ratePerSecond
        self.burst = max(1, burst)
    }

    /// Changes the rate at run time (control API); existing buckets keep their tokens.
    package func configure(ratePerSecond: Double?, burst: Double? = nil) {
        lock.lock()
        defer { lock.unlock() }
        rate = ratePerSecond
        if let burst { self.burst = max(1, burst) }
    }

    /// The configured rate, or `nil` when unlimited.
    package var ratePerSecond: Double? {
        lock.lock()
        defer { lock.unlock() }
        return rate
    }

    /// Takes one token for `key`; returns `nil` when allowed, else the seconds until a token is free.
    package func take(key: String, now: TimeInterval = ProcessInfo.processInfo.systemUptime) -> TimeInterval? {
        lock.lock()
        defer { lock.unlock() }
        guard let rate, rate > 0 else { return nil }
        var bucket = buckets[key] ?? (tokens: burst, last: now)
        bucket.tokens = min(burst, bucket.tokens + (now - bucket.last) * rate)
        bucket.last = now
        if bucket.tokens >= 1 {
            bucket.tokens -= 1
            buckets[key] = bucket
            return nil
        }
        buckets[key] = bucket
        return (1 - bucket.tokens) / rate
    }

    /// Forgets every bucket (control API reset).
    package func reset() {
        lock.lock()
        defer { lock.unlock() }
        buckets.removeAll()
    }
}
