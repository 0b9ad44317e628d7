import Foundation
import SyncCore
import SyncJobs
import SyncStore
import TestSupport
import Testing

/// The order transform's view of stored mappings: only 連携済み product mappings resolve.
struct MappingResolversTests {
    @Test func storedMappingsAnswerTheOrderTransform() throws {
        // Given a checked mapping, one in error, and a payment mapping
        let database = try StoreFixtures.makeDatabase(withStores: ["main"])
        let repository = ProductMappingRepository(database: database)
        _ = try repository.importRows(
            [
                ProductMappingRecord(
                    storeCode: "main",
                    key: .init(manageNumber: "mug", variantId: "red"),
                    smaregiProductCode: "M"
                ),
                ProductMappingRecord(
                    storeCode: "main",
                    key: .init(manageNumber: "cup", variantId: "c1"),
                    smaregiProductID: 4
                ),
            ],
            store: "main",
            dryRun: false,
            at: Date()
        )
        let stored = try repository.list(store: "main")
        try repository.recordChecks(
            [
                .init(
                    id: try #require(stored[1].id),
                    status: .ok,
                    reasonCode: "",
                    reason: "",
                    resolvedProductID: 1001
                ),
                .init(
                    id: try #require(stored[0].id),
                    status: .error,
                    reasonCode: "RAKUTEN_SKU_NOT_FOUND",
                    reason: "楽天にSKU cup/c1 がありません",
                    resolvedProductID: nil
                ),
            ],
            at: Date()
        )
        try PaymentMappingRepository(database: database).set(
            store: "main",
            rakutenKey: "POINT",
            smaregiPaymentMethodID: 5,
            at: Date()
        )

        // When the resolvers are loaded
        let resolvers = try MappingResolvers.load(database: database, store: "main")

        // Then the OK mapping resolves to the product the check found, the broken one holds the order
        #expect(
            resolvers.product(.sku(manageNumber: "MUG", variantId: "red")) == .mapped(productID: 1001, productCode: "M")
        )
        #expect(
            resolvers.product(.sku(manageNumber: "cup", variantId: "c1"))
                == .inError(reason: "商品連携 cup/c1 はエラーです: 楽天にSKU cup/c1 がありません")
        )
        #expect(resolvers.product(.sku(manageNumber: "tea", variantId: "tea")) == .unmapped)
        #expect(resolvers.payment(.points) == .mapped(paymentMethodID: 5))
        #expect(resolvers.payment(.settlement(code: 1, name: "クレジットカード")) == .unmapped)
    }
}
