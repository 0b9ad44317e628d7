import Foundation

/// Inventory update mode (rakuten-rms.md §4.1): there is no ADD or SUBTRACT. A new row must use `absolute`;
/// `relative` on an unknown pair fails with IE0500; the result must stay within 0…99999 (IE0117).
package enum RMSInventoryUpsertMode: String, Codable, Sendable, Equatable, CaseIterable {
    /// Set the quantity.
    case absolute = "ABSOLUTE"
    /// Add a signed quantity.
    case relative = "RELATIVE"
}
