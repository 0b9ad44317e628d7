import Foundation

/// A stored order: the OrderModel exactly as getOrder returns it, plus what the control API needs.
struct RakutenOrderRecord: Sendable {
    var model: SandboxJSON
    /// The shopper request it was placed from (nil for raw orders); used to recompute amounts.
    var placement: RakutenShopperOrder?
    /// Snapshot before a change put `-9999` amounts in (restored by `fix` for raw orders).
    var beforeChange: SandboxJSON?
    /// orderProgress before a change.
    var progressBeforeChange: Int?

    var orderNumber: String { model["orderNumber"]?.stringValue ?? "" }
    var progress: Int { model["orderProgress"]?.intValue ?? 0 }
    var orderDate: Date? { model["orderDatetime"]?.stringValue.flatMap(RakutenDates.parseOrderDatetime) }
}
