import Foundation
import TestSupport
import Testing

@testable import SyncStore

struct PaymentMappingRepositoryTests {
    @Test func syncReplacesTheStoresPaymentMethods() throws {
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a", "shop-b"])
        let methods = PaymentMethodRepository(database: database)

        try methods.replace(
            store: "shop-a",
            with: [.init(id: 2, code: "02", name: "クレジット"), .init(id: 1, code: "01", name: "現金")],
            at: Date()
        )
        try methods.replace(store: "shop-a", with: [.init(id: 5, code: "05", name: "楽天ポイント")], at: Date())
        try methods.replace(store: "shop-b", with: [.init(id: 1, code: "01", name: "現金")], at: Date())

        #expect(try methods.list(store: "shop-a") == [.init(id: 5, code: "05", name: "楽天ポイント")])
        #expect(try methods.list(store: "shop-b").map(\.id) == [1])
    }

    @Test func setReplacesTheMappingOfAKey() throws {
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        let mappings = PaymentMappingRepository(database: database)

        try mappings.set(store: "shop-a", rakutenKey: "1", smaregiPaymentMethodID: 2, at: Date())
        try mappings.set(store: "shop-a", rakutenKey: "POINT", smaregiPaymentMethodID: 5, at: Date())
        try mappings.set(store: "shop-a", rakutenKey: "1", smaregiPaymentMethodID: 3, at: Date())

        #expect(try mappings.all(store: "shop-a") == ["1": 3, "POINT": 5])
        #expect(try mappings.remove(store: "shop-a", rakutenKey: "1"))
        #expect(try mappings.all(store: "shop-a") == ["POINT": 5])
        #expect(throws: SyncStoreError.unknownStore(code: "zz")) {
            try mappings.set(store: "zz", rakutenKey: "1", smaregiPaymentMethodID: 1, at: Date())
        }
    }
}
