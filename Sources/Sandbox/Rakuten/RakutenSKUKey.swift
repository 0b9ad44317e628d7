import Foundation

/// A (manageNumber, variantId) pair; manageNumber lower-cased, variantId case-sensitive (§4.1).
struct RakutenSKUKey: Sendable, Hashable, Comparable {
    var manageNumber: String
    var variantId: String

    init(manageNumber: String, variantId: String) {
        self.manageNumber = manageNumber.lowercased()
        self.variantId = variantId
    }

    static func < (lhs: RakutenSKUKey, rhs: RakutenSKUKey) -> Bool {
        (lhs.manageNumber, lhs.variantId) < (rhs.manageNumber, rhs.variantId)
    }
}
