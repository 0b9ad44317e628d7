import Foundation

/// The contract the sandbox starts with when nothing is seeded (docs/sandbox-smaregi.md).
enum SmaregiDefaults {
    /// 契約ID of the default contract (sandbox IDs start with `sb_`, smaregi.md §2).
    static let contractId = "sb_sandbox01"
    static let clientId = "sandbox-client-id"
    static let clientSecret = "sandbox-client-secret"

    /// Every scope the sandbox knows (smaregi.md §1.3).
    static let allScopes: Set<String> = [
        "pos.products:read", "pos.products:write", "pos.customers:read", "pos.customers:write",
        "pos.stock:read", "pos.stock:write", "pos.stock-changes:read", "pos.transactions:read",
        "pos.transactions:write", "pos.stores:read", "pos.stores:write",
        "order-shipment.orders:read", "order-shipment.orders:write", "order-shipment.stores:read",
        "order-shipment.stores:write", "order-shipment.stock:read",
    ]

    /// A contract with the default stores and payment methods; `clientId`/`secret`/`scopes` default as above.
    static func contract(
        id: String = contractId,
        clientId: String = clientId,
        clientSecret: String = clientSecret,
        scopes: Set<String> = allScopes,
        now: Date
    ) -> SmaregiContract {
        var contract = SmaregiContract(contractId: id, clientId: clientId, clientSecret: clientSecret, scopes: scopes)
        for store in stores(now: now) { contract.stores[store.storeId] = store }
        for method in paymentMethods(now: now) { contract.paymentMethods[method.paymentMethodId] = method }
        return contract
    }

    /// 1 本店 (通常店舗), 2 倉庫 (倉庫), 3 楽天市場店 (受注店舗 allocating stock from 2).
    static func stores(now: Date) -> [SmaregiStoreRecord] {
        [
            SmaregiStoreRecord(
                storeId: 1,
                storeCode: "S001",
                storeName: "本店",
                storeAbbr: "本店",
                kind: .normal,
                displaySequence: 1,
                insDateTime: now,
                updDateTime: now
            ),
            SmaregiStoreRecord(
                storeId: 2,
                storeCode: "W001",
                storeName: "倉庫",
                storeAbbr: "倉庫",
                kind: .warehouse,
                displaySequence: 2,
                insDateTime: now,
                updDateTime: now
            ),
            SmaregiStoreRecord(
                storeId: 3,
                storeCode: "EC01",
                storeName: "楽天市場店",
                storeAbbr: "楽天",
                kind: .order,
                stockStoreId: 2,
                pointPaymentMethodId: 5,
                displaySequence: 3,
                insDateTime: now,
                updDateTime: now
            ),
        ]
    }

    /// 現金, クレジットカード, 代金引換, 銀行振込, 楽天ポイント, 楽天クーポン, 後払い, 楽天Edy... IDs 1-8.
    static func paymentMethods(now: Date) -> [SmaregiPaymentMethodRecord] {
        let names = ["現金", "クレジットカード", "代金引換", "銀行振込", "楽天ポイント", "楽天クーポン", "後払い", "コンビニ決済"]
        return names.enumerated().map { index, name in
            SmaregiPaymentMethodRecord(
                paymentMethodId: index + 1,
                paymentMethodCode: String(format: "%02d", index + 1),
                paymentMethodName: name,
                displaySequence: index + 1,
                changeFlag: index == 0,
                insDateTime: now,
                updDateTime: now
            )
        }
    }
}
