import Foundation

/// Everything one sandbox shop holds: items, inventory, orders and pending async shipping requests.
struct RakutenShopState: Sendable {
    var shop: RakutenShop
    var items: [String: RakutenItem] = [:]
    var itemOrder: [String] = []
    var inventory: [RakutenSKUKey: RakutenInventoryRow] = [:]
    var orders: [String: RakutenOrderRecord] = [:]
    var orderNumbers: [String] = []
    var orderSequence = 0
    var asyncRequests: [String: RakutenAsyncShippingRequest] = [:]

    init(shop: RakutenShop) { self.shop = shop }

    /// Adds or replaces an item and its inventory rows.
    mutating func putItem(_ item: RakutenItem, inventory quantities: [String: Int], now: Date) {
        if items[item.manageNumber] == nil { itemOrder.append(item.manageNumber) }
        items[item.manageNumber] = item
        for variant in item.variants {
            let key = RakutenSKUKey(manageNumber: item.manageNumber, variantId: variant.variantId)
            let quantity = quantities[variant.variantId] ?? inventory[key]?.quantity ?? 0
            inventory[key] = RakutenInventoryRow(
                key: key,
                quantity: quantity,
                created: inventory[key]?.created ?? now,
                updated: now,
                isOrphan: false
            )
        }
    }

    /// Whether an item defines this SKU.
    func hasSKU(_ key: RakutenSKUKey) -> Bool { items[key.manageNumber]?.variant(key.variantId) != nil }

    /// Stores a new order.
    mutating func putOrder(_ record: RakutenOrderRecord) {
        if orders[record.orderNumber] == nil { orderNumbers.append(record.orderNumber) }
        orders[record.orderNumber] = record
    }

    /// The next order number `<shopId>-<yyyyMMdd>-<8-digit serial>`.
    mutating func nextOrderNumber(at date: Date) -> String {
        orderSequence += 1
        let day = RakutenDates.day(date).replacingOccurrences(of: "-", with: "")
        let serial = String(orderSequence)
        return "\(shop.shopId)-\(day)-\(String(repeating: "0", count: max(0, 8 - serial.count)))\(serial)"
    }

    /// Adds `delta` to the stock of an inventory-managed SKU (no-op for unmanaged items or unknown rows).
    mutating func adjustStock(_ key: RakutenSKUKey, by delta: Int, now: Date) {
        guard let item = items[key.manageNumber], item.inventoryManaged, var row = inventory[key] else { return }
        row.quantity = min(99_999, max(0, row.quantity + delta))
        row.updated = now
        inventory[key] = row
    }

    /// Drops orphan inventory rows 24 h after their last update (rakuten-rms.md §4.1).
    mutating func purgeOrphans(now: Date) {
        inventory = inventory.filter { !$0.value.isOrphan || now.timeIntervalSince($0.value.updated) < 86_400 }
    }
}
