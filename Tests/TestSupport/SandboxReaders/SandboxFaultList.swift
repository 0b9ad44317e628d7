/// `GET /_sandbox/faults` (docs/sandbox.md "Control API"): the fault rules in order, with what each did.
package struct SandboxFaultList: Decodable, Sendable, Equatable {
    /// One rule as given, with its tallies.
    package struct Rule: Decodable, Sendable, Equatable {
        /// The method the rule is limited to, if any.
        package var method: String?
        /// The path prefix the rule matches.
        package var pathPrefix: String?
        /// How many requests matched the rule.
        package var matched: Int
        /// How many of them got the injected fault.
        package var injected: Int
    }

    /// The rules, in the order they apply.
    package var rules: [Rule]

    /// Faults injected by every rule together.
    package var injected: Int { rules.map(\.injected).reduce(0, +) }
}
