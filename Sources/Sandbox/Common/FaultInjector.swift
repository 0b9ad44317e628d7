import Foundation

/// Holds the fault rules and decides, deterministically per rule seed, which requests are hit.
package final class FaultInjector: @unchecked Sendable {
    // @unchecked: `rules` is only touched under `lock`.
    private let lock = NSLock()
    private var rules: [ActiveRule] = []

    /// What to do with one request.
    package struct Decision: Sendable, Equatable {
        /// Index of the rule that fired.
        package var ruleIndex: Int
        /// Delay before anything else.
        package var latencyMs: Int?
        /// Status to answer with, if any.
        package var status: Int?
        /// Hang until the client gives up.
        package var timeout: Bool
        /// Close the connection.
        package var drop: Bool
        /// Upper bound of a hang.
        package var hangSeconds: Double
        /// A raw body to answer with.
        package var body: String?
        /// Handle the request after the delay even if the client has gone.
        package var applyLate: Bool = false
    }

    private struct ActiveRule {
        var rule: FaultRule
        var generator: SplitMix64
        var injected: Int
        var seen: Int
    }

    /// Creates an injector without rules.
    package init() {}

    /// Adds rules; returns `false` (and adds nothing) when one is invalid.
    package func add(_ newRules: [FaultRule]) -> Bool {
        guard newRules.allSatisfy(\.isValid) else { return false }
        lock.lock()
        defer { lock.unlock() }
        rules += newRules.map { ActiveRule(rule: $0, generator: SplitMix64(seed: $0.seed), injected: 0, seen: 0) }
        return true
    }

    /// Removes every rule.
    package func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        rules.removeAll()
    }

    /// The rules with how many requests each saw and hit, for `GET /_sandbox/faults`.
    package func snapshot() -> SandboxJSON {
        lock.lock()
        defer { lock.unlock() }
        let list = rules.map { active -> SandboxJSON in
            var object = (try? JSONEncoder().encode(active.rule)).flatMap(SandboxJSON.parse) ?? .fields([:])
            object["matched"] = .int(active.seen)
            object["injected"] = .int(active.injected)
            return object
        }
        return .fields(["rules": .array(list)])
    }

    /// Draws for every matching rule in order; the first one that fires decides.
    package func decide(method: String, path: String) -> Decision? {
        lock.lock()
        defer { lock.unlock() }
        for index in rules.indices {
            let rule = rules[index].rule
            guard path.hasPrefix(rule.pathPrefix), rule.method.map({ $0 == method }) ?? true else { continue }
            if let count = rule.count, rules[index].injected >= count { continue }
            rules[index].seen += 1
            if let after = rule.after, rules[index].seen <= after { continue }
            let draw = rules[index].generator.nextUnit()
            guard draw < rule.rate else { continue }
            rules[index].injected += 1
            return Decision(
                ruleIndex: index,
                latencyMs: rule.latencyMs,
                status: rule.status,
                timeout: rule.timeout ?? false,
                drop: rule.drop ?? false,
                hangSeconds: rule.hangSeconds ?? 120,
                body: rule.body,
                applyLate: rule.applyLate ?? false
            )
        }
        return nil
    }
}
