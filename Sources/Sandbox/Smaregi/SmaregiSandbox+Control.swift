import Foundation
import Hummingbird

/// `/_sandbox/smaregi/...`: seed contracts and master data, act as the shop and the warehouse, read state.
extension SmaregiSandbox {
    func addControlRoutes(to router: Router<BasicRequestContext>) {
        let base = "/_sandbox/smaregi"
        router.post("\(base)/reset") { request, context in
            await self.control(request, context) { state, _, date in
                state = .initial(now: date, rateLimitsEnabled: self.rateLimitsEnabled)
                return .json(Data("{}".utf8))
            }
        }
        router.post("\(base)/contracts") { request, context in
            await self.control(request, context) { state, info, date in
                let contract = try info.decode(SmaregiSeedContract.self).makeContract(
                    now: date,
                    rateLimitsEnabled: self.rateLimitsEnabled
                )
                state.contracts[contract.contractId] = contract
                state.tokens = state.tokens.filter { $0.value.contractId != contract.contractId }
                return .json(Self.dump(contract))
            }
        }
        router.get("\(base)/contracts/{contractId}") { request, context in
            await self.control(request, context) { state, info, _ in
                .json(Self.dump(try Self.contract(in: state, info)))
            }
        }
        addContractAction(router, "PUT", "settings") { contract, info, _ in
            let body = try info.decode(SmaregiControlBodies.Settings.self)
            if let lifetime = body.tokenLifetimeSeconds {
                guard lifetime > 0 else { throw SmaregiProblem.badRequest("tokenLifetimeSeconds must be > 0") }
                contract.tokenLifetime = lifetime
            }
            if let reject = body.rejectDuplicateTransactions { contract.rejectDuplicateTransactions = reject }
            if let form = body.unauthorizedForm {
                guard let parsed = SmaregiProblem.UnauthorizedForm(rawValue: form) else {
                    throw SmaregiProblem.badRequest("unauthorizedForm must be accessDenied or aboutBlank")
                }
                contract.unauthorizedForm = parsed
            }
            if let deny = body.denyAPIAccess { contract.denyAPIAccess = deny }
            if let reject = body.rejectDuplicateOrderCodes { contract.rejectDuplicateOrderCodes = reject }
            if let show = body.orderStoresShowStockStore { contract.orderStoresShowStockStore = show }
            if body.rateLimitEnabled == false {
                contract.setLimits(reads: nil, writes: nil)
            } else if body.rateLimitEnabled == true || body.readsPerSecond != nil || body.writesPerSecond != nil {
                contract.setLimits(
                    reads: body.readsPerSecond ?? contract.readsPerSecond ?? 10,
                    writes: body.writesPerSecond ?? contract.writesPerSecond ?? 4
                )
            }
            return Self.dump(contract)
        }
        addContractAction(router, "POST", "stores") { contract, info, date in
            for store in try Self.decodeOneOrMany(SmaregiSeedStore.self, info) {
                var record = try store.makeRecord(now: date, displaySequence: contract.stores.count + 1)
                if let existing = contract.stores[record.storeId] { record.insDateTime = existing.insDateTime }
                contract.stores[record.storeId] = record
            }
            return Self.dump(contract)
        }
        addContractAction(router, "POST", "products") { contract, info, date in
            for product in try Self.decodeOneOrMany(SmaregiSeedProduct.self, info) {
                var record = try product.makeRecord(now: date)
                if let existing = contract.products[record.productId] { record.insDateTime = existing.insDateTime }
                contract.products[record.productId] = record
            }
            return Self.dump(contract)
        }
        addContractAction(router, "POST", "payment-methods") { contract, info, date in
            for method in try Self.decodeOneOrMany(SmaregiSeedPaymentMethod.self, info) {
                let record = try method.makeRecord(now: date, displaySequence: contract.paymentMethods.count + 1)
                contract.paymentMethods[record.paymentMethodId] = record
            }
            return Self.dump(contract)
        }
        addContractAction(router, "PUT", "stock") { contract, info, date in
            let body = try info.decode(SmaregiControlBodies.SetStock.self)
            let store = try contract.posStore(Int(body.storeId))
            let product = try Self.product(body.productId, in: contract)
            let moved = try contract.moveStock(
                storeId: store.storeId,
                productId: product.productId,
                absolute: body.stockAmount,
                division: "01",
                memo: body.memo,
                at: date
            )
            return SmaregiJSONWriter.row(moved.record.posRow)
        }
        addContractAction(router, "POST", "sales") { contract, info, date in
            try Self.move(&contract, info, sign: -1, division: "02", memo: "店頭販売", now: date)
        }
        addContractAction(router, "POST", "receipts") { contract, info, date in
            try Self.move(&contract, info, sign: 1, division: "03", memo: "入荷", now: date)
        }
        addContractAction(router, "POST", "tokens/expire") { contract, _, _ in
            SmaregiJSONWriter.object([("contractId", .string(contract.contractId))])
        }
        addContractAction(router, "POST", "orders/{id}/ship") { contract, info, date in
            let body = try info.decode(SmaregiControlBodies.Ship.self)
            let order = try contract.shipOrder(
                try info.id("id"),
                carrierName: body.carrierName,
                trackingNumber: body.trackingNumber,
                shipDate: body.shipDate,
                destinationNo: body.destinationNo,
                at: date
            )
            return Data(SmaregiJSONWriter.render(order.value).utf8)
        }
        addContractAction(router, "POST", "orders/{id}/split") { contract, info, date in
            let body = try info.decode(SmaregiControlBodies.Split.self)
            let result = try contract.splitOrder(
                try info.id("id"),
                moving: body.lines.map { ($0.destinationNo, $0.detailNo, $0.quantity) },
                at: date
            )
            return Data(
                SmaregiJSONWriter.render(.object([("parent", result.parent.value), ("child", result.child.value)])).utf8
            )
        }
        addContractAction(router, "POST", "orders/{id}/cancel") { contract, info, date in
            Data(SmaregiJSONWriter.render(try contract.cancelOrder(try info.id("id"), at: date).value).utf8)
        }
    }

    /// Registers `{method} /_sandbox/smaregi/contracts/{contractId}/{suffix}` acting on one contract.
    private func addContractAction(
        _ router: Router<BasicRequestContext>,
        _ method: String,
        _ suffix: String,
        _ action: @escaping @Sendable (inout SmaregiContract, SmaregiRequestInfo, Date) throws -> Data
    ) {
        let path = RouterPath("/_sandbox/smaregi/contracts/{contractId}/\(suffix)")
        let handler: @Sendable (Request, BasicRequestContext) async -> Response = { request, context in
            await self.control(request, context) { state, info, date in
                var contract = try Self.contract(in: state, info)
                let body = try action(&contract, info, date)
                state.contracts[contract.contractId] = contract
                if suffix == "tokens/expire" {
                    state.tokens = state.tokens.filter { $0.value.contractId != contract.contractId }
                }
                return .json(body)
            }
        }
        switch method {
        case "PUT": router.put(path, use: handler)
        default: router.post(path, use: handler)
        }
    }

    private static func contract(in state: SmaregiState, _ info: SmaregiRequestInfo) throws -> SmaregiContract {
        guard let contract = state.contracts[info.parameters["contractId"] ?? ""] else {
            throw SmaregiProblem.notFound("指定された契約IDのリソースが見つかりません")
        }
        return contract
    }

    private static func product(_ id: String, in contract: SmaregiContract) throws -> SmaregiProductRecord {
        guard let productId = Int(id), let product = contract.products[productId] else {
            throw SmaregiProblem.badRequest("商品ID[\(id)]のリソースが見つかりません")
        }
        return product
    }

    /// A sale (−) or receipt (+) of several lines at one POS store.
    private static func move(
        _ contract: inout SmaregiContract,
        _ info: SmaregiRequestInfo,
        sign: Int,
        division: String,
        memo: String,
        now: Date
    ) throws -> Data {
        let body = try info.decode(SmaregiControlBodies.Movement.self)
        let store = try contract.posStore(Int(body.storeId))
        var rows: [SmaregiJSONWriter.Row] = []
        for line in body.lines {
            guard line.quantity > 0 else { throw SmaregiProblem.badRequest("quantity は1以上です") }
            let product = try product(line.productId, in: contract)
            let moved = try contract.moveStock(
                storeId: store.storeId,
                productId: product.productId,
                delta: sign * line.quantity,
                division: division,
                memo: memo,
                at: now
            )
            rows.append(moved.record.posRow)
        }
        return SmaregiJSONWriter.rows(rows)
    }

    private static func decodeOneOrMany<Item: Decodable>(_ type: Item.Type, _ info: SmaregiRequestInfo) throws -> [Item]
    {
        if let many = try? JSONDecoder().decode([Item].self, from: info.body) { return many }
        return [try info.decode(Item.self)]
    }

    /// The whole contract as JSON, for assertions (the client secret is not included).
    static func dump(_ contract: SmaregiContract) -> Data {
        typealias V = SmaregiJSONWriter.Value
        let stores: [V] = contract.stores.values.sorted { $0.storeId < $1.storeId }.map { store in
            guard case .object(let fields) = SmaregiJSONWriter.value(of: store.posRow) else { return .null }
            return .object(
                fields + [
                    ("kind", .string(store.kind.rawValue)),
                    ("stockStoreId", store.stockStoreId.map { .string(String($0)) } ?? .null),
                ]
            )
        }
        let stock = contract.stock.values.sorted { ($0.storeId, $0.productId) < ($1.storeId, $1.productId) }
        func limit(_ value: Double?) -> V { value.map { .string(String($0)) } ?? .null }
        return SmaregiJSONWriter.object([
            ("contractId", .string(contract.contractId)), ("clientId", .string(contract.clientId)),
            ("scopes", .array(contract.scopes.sorted().map(V.string))),
            ("tokenLifetimeSeconds", .int(contract.tokenLifetime)),
            ("unauthorizedForm", .string(contract.unauthorizedForm.rawValue)),
            ("denyAPIAccess", .bool(contract.denyAPIAccess)),
            ("readsPerSecond", limit(contract.readsPerSecond)), ("writesPerSecond", limit(contract.writesPerSecond)),
            ("rejectDuplicateTransactions", .bool(contract.rejectDuplicateTransactions)),
            ("rejectDuplicateOrderCodes", .bool(contract.rejectDuplicateOrderCodes)),
            ("orderStoresShowStockStore", .bool(contract.orderStoresShowStockStore)),
            ("stores", .array(stores)),
            (
                "products",
                .array(
                    contract.products.values.sorted { $0.productId < $1.productId }.map {
                        SmaregiJSONWriter.value(of: $0.posRow)
                    }
                )
            ),
            ("stock", .array(stock.map { SmaregiJSONWriter.value(of: $0.posRow) })),
            ("stockChanges", .array(contract.stockChanges.map { SmaregiJSONWriter.value(of: $0.row) })),
            (
                "paymentMethods",
                .array(
                    contract.paymentMethods.values.sorted { $0.paymentMethodId < $1.paymentMethodId }.map {
                        SmaregiJSONWriter.value(of: $0.posRow)
                    }
                )
            ),
            ("orders", .array(contract.orders.values.sorted { $0.orderHeadId < $1.orderHeadId }.map(\.value))),
            (
                "transactions",
                .array(
                    contract.transactions.values.sorted { $0.transactionHeadId < $1.transactionHeadId }
                        .map { $0.value(withDetails: true) }
                )
            ),
        ])
    }
}
