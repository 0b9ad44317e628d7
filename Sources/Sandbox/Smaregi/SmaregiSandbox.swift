import Foundation
import Hummingbird

/// The Smaregi side of the sandbox: token endpoint, POS API, 受注管理 API and their control routes.
///
/// Paths are the real ones (smaregi.md §1, §2): `POST /app/{contractId}/token` (IdP), `/{contractId}/pos/...` and
/// `/{contractId}/order-shipment/...` (API), plus `/_sandbox/smaregi/...` for tests and the demo
/// (docs/sandbox-smaregi.md). State lives in memory behind one lock.
package final class SmaregiSandbox: Sendable {
    let box: SmaregiStateBox
    /// The clock: the wall clock plus the configured offset.
    let now: @Sendable () -> Date
    /// Whether contracts start with rate limits (10 reads/s, 4 writes/s); `false` starts every contract unlimited
    /// (the control API can still switch a contract's limits on).
    let rateLimitsEnabled: Bool

    /// Creates the Smaregi side with its default contract (see docs/sandbox-smaregi.md), rate limits on.
    package convenience init() {
        self.init(rateLimitsEnabled: true, clockOffset: 0)
    }

    /// Creates the Smaregi side with rate limits on or off and a clock `clockOffset` seconds off the wall clock
    /// (the `SandboxConfiguration` settings).
    package init(rateLimitsEnabled: Bool, clockOffset: TimeInterval) {
        now = { Date().addingTimeInterval(clockOffset) }
        self.rateLimitsEnabled = rateLimitsEnabled
        box = SmaregiStateBox(
            .initial(now: Date().addingTimeInterval(clockOffset), rateLimitsEnabled: rateLimitsEnabled)
        )
    }

    /// Registers the Smaregi API routes and the `/_sandbox/smaregi/...` control routes.
    package func addRoutes(to router: Router<BasicRequestContext>) {
        addTokenRoutes(to: router)
        addPOSRoutes(to: router)
        addStockRoutes(to: router)
        addTransactionRoutes(to: router)
        addOrderShipmentRoutes(to: router)
        addControlRoutes(to: router)
    }

    /// Forgets all state and restores the default contract (control API reset).
    package func reset() {
        let date = now()
        box.withLock { $0 = .initial(now: date, rateLimitsEnabled: rateLimitsEnabled) }
    }

    /// Applies the `smaregi` part of a seed file: `{"contracts":[…]}`, each contract added or replaced by ID
    /// (format in docs/sandbox-smaregi.md).
    package func applySeed(_ data: Data) throws {
        let seed: SmaregiSeed
        do {
            seed = try JSONDecoder().decode(SmaregiSeed.self, from: data)
        } catch {
            throw SmaregiSeedError(message: "the smaregi seed is not valid: \(error)")
        }
        let date = now()
        let contracts = try seed.contracts.map { try $0.makeContract(now: date, rateLimitsEnabled: rateLimitsEnabled) }
        box.withLock { state in
            for contract in contracts {
                state.contracts[contract.contractId] = contract
                state.tokens = state.tokens.filter { $0.value.contractId != contract.contractId }
            }
        }
    }

    /// The default credentials, for the start-up banner (sandbox-only values, not secrets).
    package var defaultCredentialsDescription: String {
        """
        Smaregi: contract \(SmaregiDefaults.contractId), client id \(SmaregiDefaults.clientId), \
        client secret \(SmaregiDefaults.clientSecret), all scopes; stores 1 本店, 2 倉庫, 3 楽天市場店 (受注店舗 → stock of 2)
        """
    }
}

/// A seed that could not be read.
struct SmaregiSeedError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
