/// When and how `CurlHTTPClient.execute(_:retry:pacerKey:logger:)` tries a request again.
///
/// Backoff is exponential with "equal jitter": before retry *n* the client waits a random time between half
/// and all of `min(maxBackoff, initialBackoff × 2^(n-1))`. A `Retry-After` header (delta-seconds or HTTP-date)
/// on a retryable response replaces that wait. No wait and no attempt ever runs past `deadline`.
package struct RetryPolicy: Sendable, Equatable {
    /// Total attempts including the first (≥ 1).
    package var maxAttempts: Int
    /// The base wait before the first retry.
    package var initialBackoff: Duration
    /// The upper bound of the computed backoff (a server's `Retry-After` may ask for longer, within the deadline).
    package var maxBackoff: Duration
    /// Overall time budget from the first attempt; attempts get their total timeout shortened to fit in it.
    package var deadline: Duration
    /// HTTP statuses that are retried.
    package var retryableStatuses: Set<Int>
    /// Whether connection failures (refused, unresolved, reset, send/receive errors) are retried.
    package var retriesConnectionFailures: Bool
    /// Whether timeouts are retried. Turn this off for non-idempotent requests whose duplicate would hurt:
    /// after a timeout the server may have processed the request.
    package var retriesTimeouts: Bool

    /// The statuses retried by default: 429 (rate limited), 500, 502, 503, 504 and 409 (conflict / still
    /// processing, which both APIs use for transient states).
    package static let defaultRetryableStatuses: Set<Int> = [409, 429, 500, 502, 503, 504]

    /// A policy; the defaults allow 4 attempts within 2 minutes, backing off from 0.5 s up to 30 s.
    package init(
        maxAttempts: Int = 4,
        initialBackoff: Duration = .milliseconds(500),
        maxBackoff: Duration = .seconds(30),
        deadline: Duration = .seconds(120),
        retryableStatuses: Set<Int> = RetryPolicy.defaultRetryableStatuses,
        retriesConnectionFailures: Bool = true,
        retriesTimeouts: Bool = true
    ) {
        self.maxAttempts = max(maxAttempts, 1)
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.deadline = deadline
        self.retryableStatuses = retryableStatuses
        self.retriesConnectionFailures = retriesConnectionFailures
        self.retriesTimeouts = retriesTimeouts
    }

    /// One attempt only.
    package static let never = RetryPolicy(maxAttempts: 1)

    /// Whether this failure is worth another attempt under the policy.
    func shouldRetry(_ error: CurlTransportError) -> Bool {
        switch error {
        case .connectionFailed: retriesConnectionFailures
        case .timedOut: retriesTimeouts
        default: false
        }
    }

    /// The jittered exponential backoff before retry number `retry` (1 = the first retry).
    func backoff(beforeRetry retry: Int, random: Double = Double.random(in: 0...1)) -> Duration {
        let exponent = min(max(retry - 1, 0), 30)
        let base = min(initialBackoff * (1 << exponent), maxBackoff)
        return base / 2 + base / 2 * random
    }
}
