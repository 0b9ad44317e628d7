import Foundation

// The `-9999` "not yet determined" check is not here: it is a rule of the domain order, in one place,
// `RakutenOrder.hasUndeterminedAmounts` (SyncCore), over the amounts the transform reads.
extension RMSOrderModel {
    /// `orderDatetime` parsed from its `+0900` form; `nil` when malformed.
    package var orderDate: Date? {
        RMSDateFormat.orderDateTime.date(from: orderDatetime)
    }

    /// Every item line of every package, in order.
    package var allItems: [RMSItemModel] {
        (packageModelList ?? []).flatMap { $0.itemModelList ?? [] }
    }
}
