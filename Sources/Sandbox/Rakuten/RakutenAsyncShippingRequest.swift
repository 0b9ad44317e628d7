import Foundation

/// An accepted `updateOrderShippingAsync` request waiting for its delay to pass.
struct RakutenAsyncShippingRequest: Sendable {
    var requestId: String
    var acceptedAt: Date
    var dueAt: Date
    var orders: [SandboxJSON]
    /// Per-order results once processed.
    var results: [SandboxJSON]?
}
