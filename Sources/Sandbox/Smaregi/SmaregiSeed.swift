import Foundation

/// The `smaregi` part of a seed file, also the body of `POST /_sandbox/smaregi/contracts` (one contract).
/// IDs may be written as strings or numbers. Format documented in docs/sandbox-smaregi.md.
struct SmaregiSeed: Decodable, Sendable {
    var contracts: [SmaregiSeedContract]

    enum CodingKeys: String, CodingKey {
        case contracts
    }
}

/// One contract of a seed. Absent `stores` / `paymentMethods` get the defaults; absent credentials get the default
/// credentials; `rateLimitEnabled: false` switches limits off.
struct SmaregiSeedContract: Decodable, Sendable {
    var contractId: String
    var clientId: String?
    var clientSecret: String?
    var scopes: [String]?
    var tokenLifetimeSeconds: Int?
    var readsPerSecond: Double?
    var writesPerSecond: Double?
    var rateLimitEnabled: Bool?
    var stores: [SmaregiSeedStore]?
    var products: [SmaregiSeedProduct]?
    var stock: [SmaregiSeedStock]?
    var paymentMethods: [SmaregiSeedPaymentMethod]?

    enum CodingKeys: String, CodingKey {
        case contractId, clientId, clientSecret, scopes, tokenLifetimeSeconds, readsPerSecond, writesPerSecond
        case rateLimitEnabled, stores, products, stock, paymentMethods
    }

    /// Builds the contract with its master data and initial stock (history division `01`).
    /// With `rateLimitsEnabled` false (sandbox started without limits) the contract is unlimited unless it says
    /// `"rateLimitEnabled": true`.
    func makeContract(now: Date, rateLimitsEnabled: Bool) throws -> SmaregiContract {
        var contract = SmaregiDefaults.contract(
            id: contractId,
            clientId: clientId ?? SmaregiDefaults.clientId,
            clientSecret: clientSecret ?? SmaregiDefaults.clientSecret,
            scopes: scopes.map(Set.init) ?? SmaregiDefaults.allScopes,
            now: now
        )
        if let tokenLifetimeSeconds {
            guard tokenLifetimeSeconds > 0 else { throw SmaregiProblem.badRequest("tokenLifetimeSeconds must be > 0") }
            contract.tokenLifetime = tokenLifetimeSeconds
        }
        let enabled = rateLimitEnabled ?? rateLimitsEnabled
        contract.setLimits(
            reads: enabled ? (readsPerSecond ?? 10) : nil,
            writes: enabled ? (writesPerSecond ?? 4) : nil
        )
        if let stores {
            contract.stores = [:]
            for store in stores {
                let record = try store.makeRecord(now: now, displaySequence: contract.stores.count + 1)
                contract.stores[record.storeId] = record
            }
        }
        if let paymentMethods {
            contract.paymentMethods = [:]
            for method in paymentMethods {
                let record = try method.makeRecord(now: now, displaySequence: contract.paymentMethods.count + 1)
                contract.paymentMethods[record.paymentMethodId] = record
            }
        }
        for product in products ?? [] {
            let record = try product.makeRecord(now: now)
            contract.products[record.productId] = record
        }
        for row in stock ?? [] { try row.apply(to: &contract, now: now) }
        return contract
    }
}

/// A store of a seed: `division` is `normal` / `warehouse` / `order` (受注店舗; `stockStoreId` = the store whose
/// stock its 受注 allocate), or the POS codes `"1"` / `"2"`.
struct SmaregiSeedStore: Decodable, Sendable {
    var storeId: String
    var storeCode: String?
    var storeName: String
    var division: String?
    var stockStoreId: String?
    var pointPaymentMethodId: String?
    var pauseFlag: Bool?

    enum CodingKeys: String, CodingKey {
        case storeId, storeCode, storeName, division, stockStoreId, pointPaymentMethodId, pauseFlag
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        storeId = try container.decodeLooseID(forKey: .storeId)
        storeCode = try container.decodeIfPresent(String.self, forKey: .storeCode)
        storeName = try container.decode(String.self, forKey: .storeName)
        division = try container.decodeIfPresent(String.self, forKey: .division)
        stockStoreId = try container.decodeLooseIDIfPresent(forKey: .stockStoreId)
        pointPaymentMethodId = try container.decodeLooseIDIfPresent(forKey: .pointPaymentMethodId)
        pauseFlag = try container.decodeIfPresent(Bool.self, forKey: .pauseFlag)
    }

    func makeRecord(now: Date, displaySequence: Int) throws -> SmaregiStoreRecord {
        guard let id = Int(storeId), id > 0 else { throw SmaregiProblem.badRequest("storeId が不正です: \(storeId)") }
        let kind: SmaregiStoreRecord.Kind
        switch division ?? "normal" {
        case "normal", "1": kind = .normal
        case "warehouse", "2": kind = .warehouse
        case "order": kind = .order
        default: throw SmaregiProblem.badRequest("division は normal / warehouse / order のいずれかです")
        }
        return SmaregiStoreRecord(
            storeId: id,
            storeCode: storeCode ?? String(format: "S%03d", id),
            storeName: storeName,
            storeAbbr: nil,
            kind: kind,
            stockStoreId: stockStoreId.flatMap { Int($0) },
            pointPaymentMethodId: pointPaymentMethodId.flatMap { Int($0) },
            pauseFlag: pauseFlag ?? false,
            displaySequence: displaySequence,
            insDateTime: now,
            updDateTime: now
        )
    }
}

/// A product of a seed. `taxDivision` `0` 税込 (default) / `1` 税抜 / `2` 非課税; `reducedTaxRate` true → 8 %.
struct SmaregiSeedProduct: Decodable, Sendable {
    var productId: String
    var productCode: String
    var productName: String
    var price: Int
    var taxDivision: String?
    var reducedTaxRate: Bool?
    var groupCode: String?
    var categoryId: String?
    var stockControl: Bool?

    enum CodingKeys: String, CodingKey {
        case productId, productCode, productName, price, taxDivision, reducedTaxRate, groupCode, categoryId,
            stockControl
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        productId = try container.decodeLooseID(forKey: .productId)
        productCode = try container.decode(String.self, forKey: .productCode)
        productName = try container.decode(String.self, forKey: .productName)
        price = Int(try container.decodeLooseID(forKey: .price)) ?? -1
        taxDivision = try container.decodeIfPresent(String.self, forKey: .taxDivision)
        reducedTaxRate = try container.decodeIfPresent(Bool.self, forKey: .reducedTaxRate)
        groupCode = try container.decodeIfPresent(String.self, forKey: .groupCode)
        categoryId = try container.decodeLooseIDIfPresent(forKey: .categoryId)
        stockControl = try container.decodeIfPresent(Bool.self, forKey: .stockControl)
    }

    func makeRecord(now: Date) throws -> SmaregiProductRecord {
        guard let id = Int(productId), id > 0 else { throw SmaregiProblem.badRequest("productId が不正です: \(productId)") }
        guard price >= 0 else { throw SmaregiProblem.badRequest("price が不正です") }
        let division = taxDivision ?? "0"
        guard ["0", "1", "2"].contains(division) else { throw SmaregiProblem.badRequest("taxDivision は 0/1/2 です") }
        return SmaregiProductRecord(
            productId: id,
            categoryId: categoryId.flatMap { Int($0) },
            productCode: productCode,
            productName: productName,
            productKana: nil,
            taxDivision: division,
            price: price,
            customerPrice: nil,
            cost: nil,
            groupCode: groupCode,
            stockControlDivision: stockControl == false ? "1" : "0",
            displayFlag: "1",
            reduceTaxId: reducedTaxRate == true ? SmaregiProductRecord.reducedRateID : nil,
            insDateTime: now,
            updDateTime: now
        )
    }
}

/// An initial stock row of a seed (a movement of division `01` 修正, so the row exists).
struct SmaregiSeedStock: Decodable, Sendable {
    var storeId: String
    var productId: String
    var stockAmount: Int

    enum CodingKeys: String, CodingKey {
        case storeId, productId, stockAmount
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        storeId = try container.decodeLooseID(forKey: .storeId)
        productId = try container.decodeLooseID(forKey: .productId)
        guard let amount = Int(try container.decodeLooseID(forKey: .stockAmount)) else {
            throw DecodingError.dataCorruptedError(
                forKey: .stockAmount,
                in: container,
                debugDescription: "not a number"
            )
        }
        stockAmount = amount
    }

    func apply(to contract: inout SmaregiContract, now: Date) throws {
        let store = try contract.posStore(Int(storeId))
        guard let productId = Int(productId), contract.products[productId] != nil else {
            throw SmaregiProblem.badRequest("商品ID[\(self.productId)]のリソースが見つかりません")
        }
        try contract.moveStock(
            storeId: store.storeId,
            productId: productId,
            absolute: stockAmount,
            division: "01",
            memo: "seed",
            at: now
        )
    }
}

/// A payment method of a seed.
struct SmaregiSeedPaymentMethod: Decodable, Sendable {
    var paymentMethodId: String
    var paymentMethodCode: String?
    var paymentMethodName: String

    enum CodingKeys: String, CodingKey {
        case paymentMethodId, paymentMethodCode, paymentMethodName
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        paymentMethodId = try container.decodeLooseID(forKey: .paymentMethodId)
        paymentMethodCode = try container.decodeIfPresent(String.self, forKey: .paymentMethodCode)
        paymentMethodName = try container.decode(String.self, forKey: .paymentMethodName)
    }

    func makeRecord(now: Date, displaySequence: Int) throws -> SmaregiPaymentMethodRecord {
        guard let id = Int(paymentMethodId), id > 0 else {
            throw SmaregiProblem.badRequest("paymentMethodId が不正です: \(paymentMethodId)")
        }
        return SmaregiPaymentMethodRecord(
            paymentMethodId: id,
            paymentMethodCode: paymentMethodCode ?? String(format: "%02d", id),
            paymentMethodName: paymentMethodName,
            displaySequence: displaySequence,
            insDateTime: now,
            updDateTime: now
        )
    }
}

extension KeyedDecodingContainer {
    /// An ID written as a string or a number (control API leniency).
    func decodeLooseID(forKey key: Key) throws -> String {
        if let number = try? decode(Int.self, forKey: key) { return String(number) }
        return try decode(String.self, forKey: key)
    }

    /// An optional ID written as a string or a number.
    func decodeLooseIDIfPresent(forKey key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decodeLooseID(forKey: key)
    }
}
