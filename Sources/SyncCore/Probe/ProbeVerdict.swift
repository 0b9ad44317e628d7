/// What `store test --deep` found for one assumption.
package enum ProbeVerdict: Sendable, Equatable {
    /// 確認 OK: the answer matched; the text says what was seen.
    case confirmed(String)
    /// 不一致: `field` held `actual` where the assumption says `expected`.
    case mismatch(field: String, expected: String, actual: String)
    /// 未確認: not testable read-only (or the call needed did not happen); the text says why.
    case unchecked(String)

    /// The line printed for assumption `id` (`[A-RMS-02] 確認 OK  Date header …`).
    package func line(id: String, title: String) -> String {
        switch self {
        case .confirmed(let seen): return "[\(id)] 確認 OK  \(title): \(seen)"
        case .mismatch(let field, let expected, let actual):
            return "[\(id)] 不一致 MISMATCH  \(title): \(field) 想定 expected \(expected) / 実際 actual \(actual)"
        case .unchecked(let why): return "[\(id)] 未確認 UNCHECKED  \(title): \(why)"
        }
    }

    /// Whether the verdict makes the probe exit 1.
    package var isMismatch: Bool {
        if case .mismatch = self { return true }
        return false
    }
}
