/// The check state of a product mapping, as the seed app shows it (連携済み / エラー / 未確認).
package enum ProductMappingStatus: String, Sendable, Equatable, CaseIterable {
    /// Both sides were found on the last check: orders and stock may use the mapping.
    case ok
    /// One side is missing or inconsistent; the mapping is not used until it is fixed and checked again.
    case error
    /// Added or changed since the last check.
    case unchecked

    /// The label merchants see.
    package var label: String {
        switch self {
        case .ok: "連携済み"
        case .error: "エラー"
        case .unchecked: "未確認"
        }
    }

    /// Whether orders and stock may use a mapping in this state (only 連携済み, issue #4).
    package var isUsable: Bool { self == .ok }
}
