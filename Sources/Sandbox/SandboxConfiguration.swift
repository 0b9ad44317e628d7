import Foundation

/// How to start the sandbox: address, seed data, rate limits and clock.
package struct SandboxConfiguration: Sendable, Equatable {
    /// Interface to bind; loopback by default so the control API is never exposed.
    package var host: String
    /// TCP port; 0 picks a free port (tests).
    package var port: Int
    /// Contents of a seed file (`{"rakuten": {...}, "smaregi": {...}}`), applied at start and on every reset.
    package var seed: Data?
    /// Whether the per-license-key rate limits of rakuten-rms.md §2 are enforced.
    package var rateLimitsEnabled: Bool
    /// Seconds added to the wall clock for everything the sandbox dates (license expiry, order dates).
    package var clockOffset: TimeInterval
    /// Seconds before an `updateOrderShippingAsync` request has a result (rakuten-rms.md §3.7).
    package var asyncShippingDelay: TimeInterval

    /// Creates a configuration; every parameter has the production default.
    package init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        seed: Data? = nil,
        rateLimitsEnabled: Bool = true,
        clockOffset: TimeInterval = 0,
        asyncShippingDelay: TimeInterval = 2
    ) {
        self.host = host
        self.port = port
        self.seed = seed
        self.rateLimitsEnabled = rateLimitsEnabled
        self.clockOffset = clockOffset
        self.asyncShippingDelay = asyncShippingDelay
    }
}
