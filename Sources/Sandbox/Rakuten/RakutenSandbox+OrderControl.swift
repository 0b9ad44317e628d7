import Foundation
import Hummingbird

/// Control routes that act on orders: place as a shopper or raw, read, move, cancel, change and fix.
extension RakutenSandbox {
    func addOrderControlRoutes(to router: Router<BasicRequestContext>, root: String) {
        let orders = "\(root)/shops/:shop/orders"
        router.post(RouterPath(orders)) { request, context in
            let body = try await SandboxHTTP.decode(RakutenShopperOrder.self, from: request)
            return self.control(context) { shop, builder, now in
                let record = try builder.place(body, in: &shop, now: now)
                shop.putOrder(record)
                return SandboxHTTP.json(
                    .fields(["orderNumber": .string(record.orderNumber), "order": record.model]),
                    status: .created
                )
            }
        }
        router.post(RouterPath("\(orders)/bulk")) { request, context in
            let body = try await SandboxHTTP.decode(BulkOrdersBody.self, from: request)
            guard (1...100_000).contains(body.count), body.spreadSeconds ?? 0 >= 0 else {
                return SandboxHTTP.controlError("count must be 1...100000 and spreadSeconds ≥ 0")
            }
            return self.control(context) { shop, builder, now in
                let from =
                    try body.from.map { text in
                        guard let date = RakutenDates.parseOrderDatetime(text) else {
                            throw SandboxError.rejected(status: 400, reason: "from must be yyyy-MM-dd'T'HH:mm:ss+0900")
                        }
                        return date
                    } ?? now
                var numbers: [String] = []
                numbers.reserveCapacity(body.count)
                for index in 0..<body.count {
                    var order = body.order
                    let offset = (Double(index) * Double(body.spreadSeconds ?? 0) / Double(body.count)).rounded(.down)
                    order.orderDatetime = RakutenDates.orderDatetime(from.addingTimeInterval(offset))
                    let record = try builder.place(order, in: &shop, now: now)
                    shop.putOrder(record)
                    numbers.append(record.orderNumber)
                }
                return SandboxHTTP.json(
                    .fields([
                        "created": .int(numbers.count),
                        "first": .string(numbers.first ?? ""),
                        "last": .string(numbers.last ?? ""),
                    ]),
                    status: .created
                )
            }
        }
        router.post(RouterPath("\(orders)/raw")) { request, context in
            let body = try await SandboxHTTP.jsonBody(of: request) ?? .null
            let models = body["OrderModelList"]?.arrayValue ?? [body]
            return self.control(context) { shop, _, _ in
                let records = try models.map(RakutenOrderRecord.raw)
                for record in records { shop.putOrder(record) }
                return SandboxHTTP.json(
                    .fields(["orderNumbers": .array(records.map { .string($0.orderNumber) })]),
                    status: .created
                )
            }
        }
        router.get(RouterPath(orders)) { _, context in
            self.control(context) { shop, _, _ in
                let list = shop.orderNumbers.compactMap { shop.orders[$0] }.map { record -> SandboxJSON in
                    .fields(["orderNumber": .string(record.orderNumber), "orderProgress": .int(record.progress)])
                }
                return SandboxHTTP.json(.fields(["orders": .array(list)]))
            }
        }
        router.get(RouterPath("\(orders)/:orderNumber")) { _, context in
            let number = context.parameters.get("orderNumber") ?? ""
            return self.control(context) { shop, _, _ in
                guard let record = shop.orders[number] else {
                    throw SandboxError.rejected(status: 404, reason: "unknown order")
                }
                return SandboxHTTP.json(record.model)
            }
        }
        router.post(RouterPath("\(orders)/:orderNumber/progress")) { request, context in
            let body = try await SandboxHTTP.decode(ProgressBody.self, from: request)
            let number = context.parameters.get("orderNumber") ?? ""
            return self.control(context) { shop, _, now in
                guard var record = shop.orders[number] else {
                    throw SandboxError.rejected(status: 404, reason: "unknown order")
                }
                guard (1...9).contains(body.orderProgress / 100), body.orderProgress % 100 == 0 else {
                    throw SandboxError.rejected(status: 400, reason: "orderProgress must be 100...900")
                }
                Self.move(&record, to: body.orderProgress, now: now)
                if let id = body.subStatusId { record.model["subStatusId"] = .int(id) }
                if let name = body.subStatusName { record.model["subStatusName"] = .string(name) }
                shop.orders[number] = record
                return SandboxHTTP.json(record.model)
            }
        }
        router.post(RouterPath("\(orders)/:orderNumber/cancel")) { request, context in
            let body = try await SandboxHTTP.decode(CancelBody.self, from: request)
            let number = context.parameters.get("orderNumber") ?? ""
            return self.control(context) { shop, _, now in
                try Self.cancel(number, restoreType: body.inventoryRestoreType ?? 0, in: &shop, now: now)
                return SandboxHTTP.json(shop.orders[number]?.model ?? .null)
            }
        }
        router.post(RouterPath("\(orders)/:orderNumber/change")) { _, context in
            let number = context.parameters.get("orderNumber") ?? ""
            return self.control(context) { shop, _, _ in
                guard var record = shop.orders[number] else {
                    throw SandboxError.rejected(status: 404, reason: "unknown order")
                }
                if record.beforeChange == nil {
                    record.beforeChange = record.model
                    record.progressBeforeChange = record.progress
                }
                record.model = Self.undetermined(record.model)
                shop.orders[number] = record
                return SandboxHTTP.json(record.model)
            }
        }
        router.post(RouterPath("\(orders)/:orderNumber/fix")) { request, context in
            let body = try await SandboxHTTP.decode(FixBody.self, from: request)
            let number = context.parameters.get("orderNumber") ?? ""
            return self.control(context) { shop, builder, now in
                guard var record = shop.orders[number] else {
                    throw SandboxError.rejected(status: 404, reason: "unknown order")
                }
                let packages =
                    body.packages ?? [.init(postagePrice: body.postagePrice, deliveryPrice: body.deliveryPrice)]
                var model = try builder.recompute(
                    record,
                    postage: packages.map(\.postagePrice),
                    delivery: packages.map(\.deliveryPrice),
                    shop: shop
                )
                let progress = body.orderProgress ?? record.progressBeforeChange ?? 300
                record.model = model
                Self.move(&record, to: progress, now: now)
                model = record.model
                record.beforeChange = nil
                record.progressBeforeChange = nil
                shop.orders[number] = record
                return SandboxHTTP.json(model)
            }
        }
    }

    /// Sets orderProgress and stamps the matching datetime the first time a status is reached.
    static func move(_ record: inout RakutenOrderRecord, to progress: Int, now: Date) {
        record.model["orderProgress"] = .int(progress)
        let stamp = SandboxJSON.string(RakutenDates.orderDatetime(now))
        if progress >= 300, progress < 800, record.model["shopOrderCfmDatetime"]?.isNull ?? true {
            record.model["shopOrderCfmDatetime"] = stamp
            record.model["orderFixDatetime"] = stamp
        }
        if progress >= 500, progress < 800, record.model["shippingCmplRptDatetime"]?.isNull ?? true {
            record.model["shippingCmplRptDatetime"] = stamp
        }
    }

    /// Cancels (900) and returns stock: type 1 always, 2 never, 0 per line `restoreInventoryFlag`
    /// (0 = item's restockOnCancel setting, 1 = restore, 2 = keep) (rakuten-rms.md §3.8).
    static func cancel(_ number: String, restoreType: Int, in shop: inout RakutenShopState, now: Date) throws {
        guard var record = shop.orders[number] else {
            throw SandboxError.rejected(status: 404, reason: "unknown order")
        }
        guard record.progress != 900 else {
            throw SandboxError.rejected(status: 409, reason: "order already cancelled")
        }
        for package in record.model["PackageModelList"]?.arrayValue ?? [] {
            for line in package["ItemModelList"]?.arrayValue ?? [] {
                guard let manageNumber = line["manageNumber"]?.stringValue, let units = line["units"]?.intValue,
                    let item = shop.items[manageNumber.lowercased()]
                else { continue }
                var variantId = line["SkuModelList"]?.arrayValue?.first?["variantId"]?.stringValue ?? ""
                if variantId.isEmpty, let legacy = item.legacy,
                    let number = line["itemNumber"]?.stringValue
                {
                    // Pre-migration line: find the combination whose 子番号 the itemNumber ends with.
                    variantId =
                        legacy.combinations.first {
                            item.itemNumber + legacy.childNumber(horizontal: $0.horizontal, vertical: $0.vertical)
                                == number
                        }?.variantId ?? ""
                }
                let lineFlag = line["restoreInventoryFlag"]?.intValue ?? 0
                let restore: Bool
                switch restoreType {
                case 1: restore = true
                case 2: restore = false
                default: restore = lineFlag == 1 || (lineFlag == 0 && item.restockOnCancel)
                }
                if restore {
                    shop.adjustStock(
                        RakutenSKUKey(manageNumber: manageNumber, variantId: variantId),
                        by: units,
                        now: now
                    )
                }
            }
        }
        record.model["orderProgress"] = .int(900)
        shop.orders[number] = record
    }

    /// The order while a change waits for confirmation: progress 400, modifyFlag 1, undetermined amounts -9999.
    static func undetermined(_ model: SandboxJSON) -> SandboxJSON {
        var model = model
        model["orderProgress"] = .int(400)
        model["modifyFlag"] = .int(1)
        for key in ["postagePrice", "deliveryPrice", "totalPrice", "requestPrice"] { model[key] = .int(-9999) }
        if case .array(var packages) = model["PackageModelList"] {
            for index in packages.indices {
                for key in ["postagePrice", "deliveryPrice", "totalPrice"] { packages[index][key] = .int(-9999) }
            }
            model["PackageModelList"] = .array(packages)
        }
        if case .array(var rows) = model["TaxSummaryModelList"] {
            for index in rows.indices {
                for key in ["reqPrice", "reqPriceTax", "totalPrice"] { rows[index][key] = .int(-9999) }
            }
            model["TaxSummaryModelList"] = .array(rows)
        }
        return model
    }
}
