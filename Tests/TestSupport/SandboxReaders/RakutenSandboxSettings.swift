/// `GET` / `POST /_sandbox/rakuten/settings` (docs/sandbox.md, Rakuten control API): the Rakuten side's settings
/// after the change.
package struct RakutenSandboxSettings: Decodable, Sendable, Equatable {
    /// Whether the per-license-key rate limits apply.
    package var rateLimits: Bool
    /// Seconds before an updateOrderShippingAsync request is processed.
    package var asyncShippingDelaySeconds: Double
    /// The HTTP status of async format errors (400 or 200).
    package var asyncShippingFormatErrorStatus: Int
    /// The 401 body form: `ES01-01` or `GA0001`.
    package var authenticationErrorForm: String
    /// Rakuten's clock minus the host's, in seconds (dates and the `Date` header).
    package var clockOffsetSeconds: Double
}
