import Foundation
import Hummingbird

/// The `/_sandbox/rakuten/...` control routes: shops, settings, items, inventory and orders (docs/sandbox.md).
extension RakutenSandbox {
    struct SettingsBody: Decodable {
        var rateLimits: Bool?
        var asyncShippingDelaySeconds: Double?
        var asyncShippingFormatErrorStatus: Int?
        var authenticationErrorForm: String?
        var clockOffsetSeconds: Double?
        var itemSearchDeletedItems: [String]?
        enum CodingKeys: String, CodingKey {
            case rateLimits, asyncShippingDelaySeconds, asyncShippingFormatErrorStatus, authenticationErrorForm
            case clockOffsetSeconds, itemSearchDeletedItems
        }
    }

    /// `POST /_sandbox/rakuten/shops/{shop}/orders/bulk`: `count` copies of one shopper order, their 注文日
    /// spread evenly over `spreadSeconds` from `from` (default now; 0 = all in one second).
    struct BulkOrdersBody: Decodable {
        var count: Int
        var order: RakutenShopperOrder
        var from: String?
        var spreadSeconds: Int?
        enum CodingKeys: String, CodingKey { case count, order, from, spreadSeconds }
    }

    struct ItemsBody: Decodable {
        var items: [RakutenSeed.Item]
        enum CodingKeys: String, CodingKey { case items }
        init(from decoder: any Decoder) throws {
            if let c = try? decoder.container(keyedBy: CodingKeys.self), c.contains(.items) {
                items = try c.decode([RakutenSeed.Item].self, forKey: .items)
            } else {
                items = [try RakutenSeed.Item(from: decoder)]
            }
        }
    }

    struct QuantityBody: Decodable {
        var quantity: Int
        enum CodingKeys: String, CodingKey { case quantity }
    }

    struct ProgressBody: Decodable {
        var orderProgress: Int
        var subStatusId: Int?
        var subStatusName: String?
        enum CodingKeys: String, CodingKey { case orderProgress, subStatusId, subStatusName }
    }

    struct CancelBody: Decodable {
        /// 0 follow each line's restoreInventoryFlag / the item setting, 1 restore, 2 do not restore.
        var inventoryRestoreType: Int?
        enum CodingKeys: String, CodingKey { case inventoryRestoreType }
    }

    struct FixBody: Decodable {
        struct Package: Decodable {
            var postagePrice: Int?
            var deliveryPrice: Int?
            enum CodingKeys: String, CodingKey { case postagePrice, deliveryPrice }
        }
        var postagePrice: Int?
        var deliveryPrice: Int?
        var packages: [Package]?
        var orderProgress: Int?
        enum CodingKeys: String, CodingKey { case postagePrice, deliveryPrice, packages, orderProgress }
    }

    func settingsJSON() -> SandboxJSON {
        let settings = currentSettings
        return .fields([
            "rateLimits": .bool(settings.rateLimitsEnabled),
            "asyncShippingDelaySeconds": .double(settings.asyncShippingDelay),
            "asyncShippingFormatErrorStatus": .int(settings.asyncFormatErrorStatus),
            "authenticationErrorForm": .string(settings.authenticationErrorForm.rawValue),
            "clockOffsetSeconds": .double(settings.clockOffset),
            "itemSearchDeletedItems": .array(settings.itemSearchDeletedItems.map { .string($0) }),
        ])
    }

    /// Runs a control action on a shop, mapping `SandboxError.rejected` to its status and unknown shops to 404.
    func control(
        _ context: BasicRequestContext,
        _ body: (inout RakutenShopState, RakutenOrderBuilder, Date) throws -> Response
    ) -> Response {
        let code = context.parameters.get("shop") ?? ""
        do {
            return try withShopIssuing(code, body)
                ?? SandboxHTTP.controlError("unknown shop \(code)", status: .notFound)
        } catch SandboxError.rejected(let status, let reason) {
            return SandboxHTTP.controlError(reason, status: .init(code: status))
        } catch {
            return SandboxHTTP.controlError("\(error)")
        }
    }

    func addControlRoutes(to router: Router<BasicRequestContext>) {
        let root = "/_sandbox/rakuten"
        router.get(RouterPath("\(root)/settings")) { _, _ in SandboxHTTP.json(self.settingsJSON()) }
        router.post(RouterPath("\(root)/settings")) { request, _ in
            let body = try await SandboxHTTP.decode(SettingsBody.self, from: request)
            if let status = body.asyncShippingFormatErrorStatus, ![200, 400].contains(status) {
                return SandboxHTTP.controlError("asyncShippingFormatErrorStatus must be 200 or 400")
            }
            let form = body.authenticationErrorForm.map(AuthenticationErrorForm.init(rawValue:))
            if let form, form == nil {
                return SandboxHTTP.controlError("authenticationErrorForm must be ES01-01 or GA0001")
            }
            self.updateSettings { settings in
                if let status = body.asyncShippingFormatErrorStatus { settings.asyncFormatErrorStatus = status }
                if let form = form ?? nil { settings.authenticationErrorForm = form }
                if let offset = body.clockOffsetSeconds { settings.clockOffset = offset }
                if let rateLimits = body.rateLimits { settings.rateLimitsEnabled = rateLimits }
                if let delay = body.asyncShippingDelaySeconds { settings.asyncShippingDelay = max(0, delay) }
                if let deleted = body.itemSearchDeletedItems { settings.itemSearchDeletedItems = deleted }
            }
            return SandboxHTTP.json(self.settingsJSON())
        }
        router.get(RouterPath("\(root)/shops")) { _, _ in
            SandboxHTTP.json(.fields(["shops": .array(self.allShops().map(\.json))]))
        }
        router.post(RouterPath("\(root)/shops")) { request, _ in
            let body = try await SandboxHTTP.decode(RakutenSeed.Shop.self, from: request)
            guard let code = body.code, !code.isEmpty else { return SandboxHTTP.controlError("code is required") }
            guard self.shop(code) == nil else {
                return SandboxHTTP.controlError("shop \(code) exists", status: .conflict)
            }
            do { try self.applyShopSeed(body) } catch { return SandboxHTTP.controlError("\(error)") }
            return SandboxHTTP.json(self.shop(code)?.json ?? .null, status: .created)
        }
        router.post(RouterPath("\(root)/shops/:shop")) { request, context in
            var body = try await SandboxHTTP.decode(RakutenSeed.Shop.self, from: request)
            let code = context.parameters.get("shop") ?? ""
            guard self.shop(code) != nil else {
                return SandboxHTTP.controlError("unknown shop \(code)", status: .notFound)
            }
            body.code = code
            do { try self.applyShopSeed(body) } catch { return SandboxHTTP.controlError("\(error)") }
            return SandboxHTTP.json(self.shop(code)?.json ?? .null)
        }
        router.post(RouterPath("\(root)/shops/:shop/items")) { request, context in
            let body = try await SandboxHTTP.decode(ItemsBody.self, from: request)
            return self.control(context) { shop, builder, now in
                var created: [SandboxJSON] = []
                for seed in body.items {
                    let (item, quantities) = try seed.makeItem(itemId: builder.issue(), now: now)
                    shop.putItem(item, inventory: quantities, now: now)
                    created.append(Self.itemJSON(item))
                }
                return SandboxHTTP.json(.fields(["items": .array(created)]), status: .created)
            }
        }
        addInventoryControlRoutes(to: router, root: root)
        addOrderControlRoutes(to: router, root: root)
    }

    private func addInventoryControlRoutes(to router: Router<BasicRequestContext>, root: String) {
        router.get(RouterPath("\(root)/shops/:shop/inventory")) { _, context in
            self.control(context) { shop, _, _ in
                let rows = shop.inventory.values.sorted { $0.key < $1.key }.map { row -> SandboxJSON in
                    var json = row.json(version21: true)
                    json["orphan"] = .bool(row.isOrphan)
                    return json
                }
                return SandboxHTTP.json(.fields(["inventories": .array(rows)]))
            }
        }
        router.get(RouterPath("\(root)/shops/:shop/inventory/:manageNumber/:variantId")) { _, context in
            let key = RakutenSKUKey(
                manageNumber: context.parameters.get("manageNumber") ?? "",
                variantId: context.parameters.get("variantId") ?? ""
            )
            return self.control(context) { shop, _, _ in
                guard let row = shop.inventory[key] else {
                    return SandboxHTTP.controlError("no inventory row", status: .notFound)
                }
                return SandboxHTTP.json(row.json(version21: true))
            }
        }
        router.put(RouterPath("\(root)/shops/:shop/inventory/:manageNumber/:variantId")) { request, context in
            let body = try await SandboxHTTP.decode(QuantityBody.self, from: request)
            let key = RakutenSKUKey(
                manageNumber: context.parameters.get("manageNumber") ?? "",
                variantId: context.parameters.get("variantId") ?? ""
            )
            return self.control(context) { shop, _, now in
                guard (0...99_999).contains(body.quantity) else {
                    throw SandboxError.rejected(status: 400, reason: "quantity 0...99999")
                }
                var row =
                    shop.inventory[key]
                    ?? RakutenInventoryRow(
                        key: key,
                        quantity: 0,
                        created: now,
                        updated: now,
                        isOrphan: !shop.hasSKU(key)
                    )
                row.quantity = body.quantity
                row.updated = now
                shop.inventory[key] = row
                return SandboxHTTP.json(row.json(version21: true))
            }
        }
    }
}
