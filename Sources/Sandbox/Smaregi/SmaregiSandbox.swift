import Hummingbird

/// The Smaregi side of the sandbox: token endpoint, POS API, 受注管理 API and their control routes.
///
/// Placeholder signature agreed between the sandbox's two halves; the Smaregi half fills it in.
package final class SmaregiSandbox: Sendable {
    /// Creates the Smaregi side with its default contract (see docs/sandbox.md).
    package init() {}

    /// Registers the Smaregi API routes and the `/_sandbox/smaregi/...` control routes.
    package func addRoutes(to router: Router<BasicRequestContext>) {}

    /// Forgets all state and restores the default contract (control API reset).
    package func reset() {}
}
