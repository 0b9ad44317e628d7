import Foundation

/// All Smaregi-side state: contracts and the access tokens issued for them.
struct SmaregiState: Sendable {
    /// Contracts by 契約ID.
    var contracts: [String: SmaregiContract] = [:]
    /// Issued access tokens by token value.
    var tokens: [String: SmaregiIssuedToken] = [:]

    /// The state after start-up or reset: the default contract only.
    static func initial(now: Date, rateLimitsEnabled: Bool) -> SmaregiState {
        var state = SmaregiState()
        var contract = SmaregiDefaults.contract(now: now)
        if !rateLimitsEnabled { contract.setLimits(reads: nil, writes: nil) }
        state.contracts[contract.contractId] = contract
        return state
    }
}

/// An access token issued by `POST /app/{contractId}/token`.
struct SmaregiIssuedToken: Sendable, Equatable {
    var contractId: String
    var scopes: Set<String>
    var expiresAt: Date
}

/// The lock around `SmaregiState`.
final class SmaregiStateBox: @unchecked Sendable {
    // @unchecked: `state` is only read or written while `lock` is held.
    private let lock = NSLock()
    private var state: SmaregiState

    init(_ state: SmaregiState) {
        self.state = state
    }

    /// Runs `body` with exclusive access to the state.
    func withLock<Result>(_ body: (inout SmaregiState) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }
}
