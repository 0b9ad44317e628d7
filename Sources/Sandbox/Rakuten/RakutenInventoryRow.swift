import Foundation

/// One inventory row of InventoryAPI 2.x.
struct RakutenInventoryRow: Sendable, Equatable {
    var key: RakutenSKUKey
    var quantity: Int
    var created: Date
    var updated: Date
    var normalDeliveryTimeId: Int?
    var backOrderDeliveryTimeId: Int?
    var shipFromIds: [Int]?
    /// Created by an upsert for a SKU that no item has (purged 24 h after its last update, §4.1).
    var isOrphan: Bool

    /// The row as the inventory API returns it; 2.1 adds lead times and ship-from ids when set.
    func json(version21: Bool) -> SandboxJSON {
        var object = SandboxJSONObject()
        object["manageNumber"] = .string(key.manageNumber)
        object["variantId"] = .string(key.variantId)
        object["quantity"] = .int(quantity)
        if version21 {
            if normalDeliveryTimeId != nil || backOrderDeliveryTimeId != nil {
                var lead = SandboxJSONObject()
                if let normalDeliveryTimeId { lead["normalDeliveryTimeId"] = .int(normalDeliveryTimeId) }
                if let backOrderDeliveryTimeId { lead["backOrderDeliveryTimeId"] = .int(backOrderDeliveryTimeId) }
                object["operationLeadTime"] = .object(lead)
            }
            if let shipFromIds, !shipFromIds.isEmpty { object["shipFromIds"] = .array(shipFromIds.map { .int($0) }) }
        }
        object["created"] = .string(RakutenDates.isoDatetime(created))
        object["updated"] = .string(RakutenDates.isoDatetime(updated))
        return .object(object)
    }
}
