import Foundation

/// Computes a shopper's order like the mall does and writes it as the OrderModel of getOrder version 9
/// (shape, key order and nulls copied from the official sample, rakuten-rms.md §3.3 and §6).
///
/// Amount rules (rakuten-rms.md §3.3, §6; allocation of order-wide coupons is a sandbox assumption):
/// - `priceTaxIncl` = price for 税込 items, else price × (1 + rate) rounded with the shop setting.
/// - package `goodsPrice` = Σ price × units (tax-exclusive for 税別 items); package `totalPrice` =
///   Σ priceTaxIncl × units + postage (no 代引料).
/// - `requestPrice` = totalPrice + 代引料 + paymentCharge − coupons − points.
/// - TaxSummary per rate: totalPrice = items at that rate (+ postage at 10 %), reqPrice = totalPrice
///   (+ 代引料 + paymentCharge at 10 %) − coupons at that rate, reqPriceTax = reqPrice × r / (1 + r) rounded
///   with the shop setting, point = 0 (orders after 2022-04-01).
/// - Item coupons count at their item's rate; order-wide coupons are split over rates in proportion to
///   the tax-inclusive goods at each rate (floor, remainder to the largest group).
struct RakutenOrderBuilder {
    let issue: () -> Int

    struct Line {
        var item: RakutenItem
        var variant: RakutenVariant
        var units: Int
        var priceTaxIncl: Int
        var legacy: RakutenShopperOrder.LegacyOptions?
        var itemDetailId: Int
    }

    /// Validates, lowers stock and returns the stored order.
    func place(_ order: RakutenShopperOrder, in shop: inout RakutenShopState, now: Date) throws -> RakutenOrderRecord {
        var orderDate = now
        if let text = order.orderDatetime {
            guard let parsed = RakutenDates.parseOrderDatetime(text) else {
                throw SandboxError.rejected(status: 400, reason: "orderDatetime must be yyyy-MM-dd'T'HH:mm:ss+0900")
            }
            orderDate = parsed
        }
        let orderNumber = order.orderNumber ?? shop.nextOrderNumber(at: orderDate)
        guard shop.orders[orderNumber] == nil else {
            throw SandboxError.rejected(status: 409, reason: "order \(orderNumber) already exists")
        }
        let packages = order.allPackages
        guard packages.allSatisfy({ !$0.lines.isEmpty }) else {
            throw SandboxError.rejected(status: 400, reason: "every package needs at least one line")
        }
        // Resolve lines and check stock before touching anything.
        var resolved: [[Line]] = []
        var demand: [RakutenSKUKey: Int] = [:]
        for package in packages {
            var lines: [Line] = []
            for line in package.lines {
                let resolvedLine = try resolve(line, in: shop)
                let key = RakutenSKUKey(
                    manageNumber: resolvedLine.item.manageNumber,
                    variantId: resolvedLine.variant.variantId
                )
                if resolvedLine.item.inventoryManaged { demand[key, default: 0] += line.units }
                lines.append(resolvedLine)
            }
            resolved.append(lines)
        }
        for (key, units) in demand where (shop.inventory[key]?.quantity ?? 0) < units {
            throw SandboxError.rejected(
                status: 409,
                reason:
                    "out of stock: \(key.manageNumber)/\(key.variantId) has \(shop.inventory[key]?.quantity ?? 0), \(units) ordered"
            )
        }
        let model = try makeModel(order, orderNumber: orderNumber, orderDate: orderDate, lines: resolved, shop: shop)
        for (key, units) in demand { shop.adjustStock(key, by: -units, now: now) }
        var record = RakutenOrderRecord(model: model, placement: order, beforeChange: nil, progressBeforeChange: nil)
        RakutenSandbox.move(&record, to: record.progress, now: orderDate)
        return record
    }

    /// Recomputes the amounts of a placed order with new postage / 代引料 (control `fix`), keeping identifiers.
    func recompute(_ record: RakutenOrderRecord, postage: [Int?], delivery: [Int?], shop: RakutenShopState) throws
        -> SandboxJSON
    {
        guard var placement = record.placement else { return record.beforeChange ?? record.model }
        var packages = placement.allPackages
        for index in packages.indices {
            if index < postage.count, let value = postage[index] { packages[index].postagePrice = value }
            if index < delivery.count, let value = delivery[index] { packages[index].deliveryPrice = value }
        }
        placement.packages = packages
        let oldPackages = record.model["PackageModelList"]?.arrayValue ?? []
        var resolved: [[Line]] = []
        for (packageIndex, package) in packages.enumerated() {
            let oldItems =
                packageIndex < oldPackages.count ? oldPackages[packageIndex]["ItemModelList"]?.arrayValue ?? [] : []
            var lines: [Line] = []
            for (lineIndex, line) in package.lines.enumerated() {
                var resolvedLine = try resolve(line, in: shop)
                if lineIndex < oldItems.count, let id = oldItems[lineIndex]["itemDetailId"]?.intValue {
                    resolvedLine.itemDetailId = id
                }
                lines.append(resolvedLine)
            }
            resolved.append(lines)
        }
        let date = record.orderDate ?? Date()
        var model = try makeModel(
            placement,
            orderNumber: record.orderNumber,
            orderDate: date,
            lines: resolved,
            shop: shop
        )
        // Keep basketIds, progress, dates and shipping rows of the stored order.
        for key in [
            "orderProgress", "subStatusId", "subStatusName", "shopOrderCfmDatetime", "orderFixDatetime",
            "shippingInstDatetime", "shippingCmplRptDatetime",
        ] {
            model[key] = record.model[key]
        }
        if case .array(var newPackages) = model["PackageModelList"] {
            for index in newPackages.indices where index < oldPackages.count {
                newPackages[index]["basketId"] = oldPackages[index]["basketId"]
                newPackages[index]["ShippingModelList"] = oldPackages[index]["ShippingModelList"]
            }
            model["PackageModelList"] = .array(newPackages)
        }
        model["modifyFlag"] = .int(1)
        return model
    }

    private func resolve(_ line: RakutenShopperOrder.Line, in shop: RakutenShopState) throws -> Line {
        guard line.units > 0 else { throw SandboxError.rejected(status: 400, reason: "units must be positive") }
        guard let item = shop.items[line.manageNumber.lowercased()] else {
            throw SandboxError.rejected(status: 404, reason: "unknown item \(line.manageNumber)")
        }
        let variant: RakutenVariant?
        if let options = line.legacyOptions {
            let combination = item.legacy?.combination(horizontal: options.horizontal, vertical: options.vertical)
            variant = combination.flatMap { item.variant($0.variantId) }
        } else {
            variant =
                item.variant(line.variantId ?? item.variants.first?.variantId ?? "")
                ?? (line.variantId == nil && item.variants.count == 1 ? item.variants.first : nil)
        }
        guard let variant else {
            throw SandboxError.rejected(status: 404, reason: "unknown SKU of \(item.manageNumber)")
        }
        let priceTaxIncl =
            item.taxIncluded
            ? variant.price : shop.shop.taxRounding.priceIncludingTax(variant.price, ratePercent: item.taxRatePercent)
        return Line(
            item: item,
            variant: variant,
            units: line.units,
            priceTaxIncl: priceTaxIncl,
            legacy: line.legacyOptions,
            itemDetailId: issue()
        )
    }

    static func rate(_ percent: Int) -> SandboxJSON { percent == 0 ? .int(0) : .double(Double(percent) / 100) }
}
