import Foundation

/// The `rakuten` part of a seed file, also the bodies of the shop and item control routes (docs/sandbox.md).
struct RakutenSeed: Sendable, Equatable, Decodable {
    var shops: [Shop]
    var asyncShippingDelaySeconds: Double?

    enum CodingKeys: String, CodingKey { case shops, asyncShippingDelaySeconds }

    init(shops: [Shop], asyncShippingDelaySeconds: Double? = nil) {
        self.shops = shops
        self.asyncShippingDelaySeconds = asyncShippingDelaySeconds
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        shops = try c.decodeIfPresent([Shop].self, forKey: .shops) ?? []
        asyncShippingDelaySeconds = try c.decodeIfPresent(Double.self, forKey: .asyncShippingDelaySeconds)
    }

    /// A shop: credentials (defaults of the default shop), expiry, rounding, items and orders.
    struct Shop: Sendable, Equatable, Decodable {
        var code: String?
        var shopId: Int?
        var shopUrl: String?
        var serviceSecret: String?
        var licenseKey: String?
        /// `yyyy-MM-dd'T'HH:mm:ss` JST.
        var licenseExpiry: String?
        /// Alternative to `licenseExpiry`: end of the day this many days from now (negative = expired).
        var licenseExpiresInDays: Int?
        var taxRounding: RakutenTaxRounding?
        var items: [Item]?
        var orders: [RakutenShopperOrder]?
        var rawOrders: [SandboxJSON]?

        enum CodingKeys: String, CodingKey {
            case code, shopId, shopUrl, serviceSecret, licenseKey, licenseExpiry, licenseExpiresInDays, taxRounding
            case items, orders, rawOrders
        }

        func makeShop(now: Date, existing: RakutenShop?) -> RakutenShop {
            let base = existing ?? RakutenShop.defaultShop(now: now)
            let code = self.code ?? base.code
            var expiry = base.licenseExpiry
            if let licenseExpiry, let date = RakutenDates.parseLocalDatetime(licenseExpiry) { expiry = date }
            if let licenseExpiresInDays { expiry = RakutenDates.endOfDay(now, plusDays: licenseExpiresInDays) }
            return RakutenShop(
                code: code,
                shopId: shopId
                    ?? (existing == nil && code != base.code
                        ? 400_000 + code.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 99_999 } : base.shopId),
                shopURL: shopUrl
                    ?? (existing == nil && code != base.code ? "https://www.rakuten.co.jp/\(code)/" : base.shopURL),
                serviceSecret: serviceSecret ?? base.serviceSecret,
                licenseKey: licenseKey ?? base.licenseKey,
                licenseExpiry: expiry,
                taxRounding: taxRounding ?? base.taxRounding
            )
        }
    }

    /// An item with SKUs, or a legacy 横軸/縦軸 item.
    struct Item: Sendable, Equatable, Decodable {
        var manageNumber: String
        var itemNumber: String?
        var title: String?
        /// 1 税込, 0 税別 (default 1).
        var includeTaxFlag: Int?
        /// 0.1, 0.08 or 0 (default 0.1).
        var taxRate: Double?
        /// false = 在庫設定なし (default true).
        var inventoryManaged: Bool?
        var restockOnCancel: Bool?
        /// Single-SKU shorthand: price and stock of the one SKU (variantId = manageNumber).
        var price: Int?
        var inventory: Int?
        var variants: [Variant]?
        var legacy: Legacy?

        enum CodingKeys: String, CodingKey {
            case manageNumber, itemNumber, title, includeTaxFlag, taxRate, inventoryManaged, restockOnCancel, price
            case inventory, variants, legacy
        }

        struct Variant: Sendable, Equatable, Decodable {
            var variantId: String
            var price: Int?
            var inventory: Int?
            var merchantDefinedSkuId: String?
            var articleNumber: String?
            /// Ordered `[{"key": "カラー", "value": "赤"}]` or an object `{"カラー": "赤"}` (keys sorted).
            var selectorValues: [SelectorValue]?

            enum CodingKeys: String, CodingKey {
                case variantId, price, inventory, merchantDefinedSkuId, articleNumber, selectorValues
            }

            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                variantId = try c.decode(String.self, forKey: .variantId)
                price = try c.decodeIfPresent(Int.self, forKey: .price)
                inventory = try c.decodeIfPresent(Int.self, forKey: .inventory)
                merchantDefinedSkuId = try c.decodeIfPresent(String.self, forKey: .merchantDefinedSkuId)
                articleNumber = try c.decodeIfPresent(String.self, forKey: .articleNumber)
                if let list = try? c.decodeIfPresent([SelectorValue].self, forKey: .selectorValues) {
                    selectorValues = list
                } else if let object = try c.decodeIfPresent([String: String].self, forKey: .selectorValues) {
                    selectorValues = object.keys.sorted().map { SelectorValue(key: $0, value: object[$0] ?? "") }
                }
            }
        }

        struct SelectorValue: Sendable, Equatable, Decodable {
            var key: String
            var value: String
            enum CodingKeys: String, CodingKey { case key, value }
        }

        struct Legacy: Sendable, Equatable, Decodable {
            var horizontalName: String
            var verticalName: String?
            var horizontal: [Choice]
            var vertical: [Choice]?
            var stock: [Stock]?

            enum CodingKeys: String, CodingKey { case horizontalName, verticalName, horizontal, vertical, stock }

            struct Choice: Sendable, Equatable, Decodable {
                var name: String
                var childNumber: String
                enum CodingKeys: String, CodingKey { case name, childNumber }
            }

            struct Stock: Sendable, Equatable, Decodable {
                var horizontal: String
                var vertical: String?
                var quantity: Int?
                var variantId: String?
                enum CodingKeys: String, CodingKey { case horizontal, vertical, quantity, variantId }
            }
        }

        /// The item and the starting stock per variantId.
        func makeItem(itemId: Int, now: Date) throws -> (RakutenItem, [String: Int]) {
            let manage = manageNumber.lowercased()
            guard RakutenInventoryValidation.isIdentifier(manage) else {
                throw SandboxError.invalidSeed(side: "rakuten", reason: "bad manageNumber \(manageNumber)")
            }
            let ratePercent = Int(((taxRate ?? 0.1) * 100).rounded())
            guard [0, 8, 10].contains(ratePercent) else {
                throw SandboxError.invalidSeed(side: "rakuten", reason: "taxRate must be 0, 0.08 or 0.1")
            }
            var quantities: [String: Int] = [:]
            var variantList: [RakutenVariant] = []
            var legacyOptions: RakutenLegacyOptions?
            if let legacy {
                var combinations: [RakutenLegacyOptions.Combination] = []
                let verticals: [Legacy.Choice?] =
                    (legacy.vertical ?? []).isEmpty ? [nil] : (legacy.vertical ?? []).map { $0 }
                for h in legacy.horizontal {
                    for v in verticals {
                        let stock = legacy.stock?.first { $0.horizontal == h.name && $0.vertical == v?.name }
                        let variantId = stock?.variantId ?? h.childNumber + (v?.childNumber ?? "")
                        combinations.append(.init(horizontal: h.name, vertical: v?.name, variantId: variantId))
                        var selectors = [(key: legacy.horizontalName, value: h.name)]
                        if let v, let name = legacy.verticalName { selectors.append((key: name, value: v.name)) }
                        variantList.append(
                            RakutenVariant(
                                variantId: variantId,
                                price: price ?? 1000,
                                merchantDefinedSkuId: nil,
                                articleNumber: nil,
                                selectorValues: selectors,
                                hidden: false
                            )
                        )
                        quantities[variantId] = stock?.quantity ?? 0
                    }
                }
                legacyOptions = RakutenLegacyOptions(
                    horizontalName: legacy.horizontalName,
                    verticalName: legacy.verticalName,
                    horizontal: legacy.horizontal.map { .init(name: $0.name, childNumber: $0.childNumber) },
                    vertical: (legacy.vertical ?? []).map { .init(name: $0.name, childNumber: $0.childNumber) },
                    combinations: combinations
                )
            } else if let variants, !variants.isEmpty {
                for variant in variants {
                    variantList.append(
                        RakutenVariant(
                            variantId: variant.variantId,
                            price: variant.price ?? price ?? 1000,
                            merchantDefinedSkuId: variant.merchantDefinedSkuId,
                            articleNumber: variant.articleNumber,
                            selectorValues: (variant.selectorValues ?? []).map { (key: $0.key, value: $0.value) },
                            hidden: false
                        )
                    )
                    quantities[variant.variantId] = variant.inventory ?? inventory ?? 0
                }
            } else {
                variantList.append(
                    RakutenVariant(
                        variantId: manageNumber,
                        price: price ?? 1000,
                        merchantDefinedSkuId: nil,
                        articleNumber: nil,
                        selectorValues: [],
                        hidden: false
                    )
                )
                quantities[manageNumber] = inventory ?? 0
            }
            var keys: [String] = []
            for variant in variantList {
                for pair in variant.selectorValues where !keys.contains(pair.key) { keys.append(pair.key) }
            }
            let item = RakutenItem(
                manageNumber: manage,
                itemNumber: itemNumber ?? manageNumber,
                itemId: itemId,
                title: title ?? manageNumber,
                taxIncluded: (includeTaxFlag ?? 1) == 1,
                taxRatePercent: ratePercent,
                inventoryManaged: inventoryManaged ?? true,
                restockOnCancel: restockOnCancel ?? true,
                selectorKeys: keys,
                variants: variantList,
                legacy: legacyOptions,
                created: now,
                updated: now
            )
            return (item, quantities)
        }
    }

    /// Parses a whole seed file and returns its `rakuten` part (an empty seed when absent).
    static func parse(fileData: Data) throws -> RakutenSeed {
        struct File: Decodable {
            var rakuten: RakutenSeed?
            enum CodingKeys: String, CodingKey { case rakuten }
        }
        do {
            var seed = try JSONDecoder().decode(File.self, from: fileData).rakuten ?? RakutenSeed(shops: [])
            // Raw orders again through the ordered parser, so they keep the key order of the file.
            let shops = SandboxJSON.parse(fileData)?["rakuten"]?["shops"]?.arrayValue ?? []
            for index in seed.shops.indices where index < shops.count {
                if let raw = shops[index]["rawOrders"]?.arrayValue { seed.shops[index].rawOrders = raw }
            }
            return seed
        } catch {
            throw SandboxError.invalidSeed(side: "rakuten", reason: "\(error)")
        }
    }
}
