import Foundation
import TestSupport
import Testing

@testable import SyncStore

struct ProductMappingRepositoryTests {
    typealias Key = ProductMappingRecord.Key

    static func rows(_ store: String = "shop-a") -> [ProductMappingRecord] {
        [
            ProductMappingRecord(
                storeCode: store,
                key: Key(manageNumber: "MUG", variantId: "Red"),
                smaregiProductCode: "M-R"
            ),
            ProductMappingRecord(
                storeCode: store,
                key: Key(manageNumber: "mug", variantId: "red"),
                smaregiProductID: 1001
            ),
            ProductMappingRecord(
                storeCode: store,
                key: Key(manageNumber: "shirt", horizontal: "S", vertical: "白"),
                smaregiProductID: 1002,
                safetyStock: 2
            ),
        ]
    }

    @Test func importInsertsOnceAndReimportChangesNothing() throws {
        // Given a store
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        let repository = ProductMappingRepository(database: database)

        // When the same rows are imported twice
        let first = try repository.importRows(
            Self.rows(),
            store: "shop-a",
            dryRun: false,
            at: StoreFixtures.referenceDate
        )
        let before = try repository.list(store: "shop-a")
        let second = try repository.importRows(Self.rows(), store: "shop-a", dryRun: false, at: Date())

        // Then the second import finds every row unchanged and the table is as it was
        #expect(first == .init(inserted: 3, updated: 0, unchanged: 0))
        #expect(second == .init(inserted: 0, updated: 0, unchanged: 3))
        #expect(try repository.list(store: "shop-a") == before)
        #expect(before.map(\.key.manageNumber) == ["mug", "mug", "shirt"])
        #expect(Set(before.map(\.key.variantId)) == ["Red", "red", ""])
    }

    @Test func dryRunWritesNothing() throws {
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        let repository = ProductMappingRepository(database: database)

        let counts = try repository.importRows(Self.rows(), store: "shop-a", dryRun: true, at: Date())

        #expect(counts.inserted == 3)
        #expect(try repository.list().isEmpty)
    }

    @Test func aChangedTargetIsUpdatedAndBecomesUncheckedAgain() throws {
        // Given a mapping checked OK
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        let repository = ProductMappingRepository(database: database)
        _ = try repository.importRows(Self.rows(), store: "shop-a", dryRun: false, at: Date())
        let stored = try #require(try repository.find(store: "shop-a", key: Key(manageNumber: "mug", variantId: "red")))
        try repository.recordChecks(
            [.init(id: try #require(stored.id), status: .ok, reasonCode: "", reason: "", resolvedProductID: 1001)],
            at: StoreFixtures.referenceDate
        )

        // When it is re-imported pointing at another product
        var changed = Self.rows()
        changed[1].smaregiProductID = 2001
        let counts = try repository.importRows(changed, store: "shop-a", dryRun: false, at: Date())

        // Then it is updated and back to unchecked, with no resolved product
        #expect(counts == .init(inserted: 0, updated: 1, unchanged: 2, repointed: 1))
        let updated = try #require(
            try repository.find(store: "shop-a", key: Key(manageNumber: "mug", variantId: "red"))
        )
        #expect(updated.smaregiProductID == 2001)
        #expect(updated.status == .unchecked)
        #expect(updated.resolvedProductID == nil)
    }

    @Test func oneMappingPerRakutenSKU() throws {
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a", "shop-b"])
        let repository = ProductMappingRepository(database: database)
        let mapping = ProductMappingRecord(
            storeCode: "shop-a",
            key: Key(manageNumber: "tea", variantId: "tea"),
            smaregiProductID: 1
        )

        guard case .added(let added) = try repository.add(mapping, at: Date()) else {
            Issue.record("first add should succeed")
            return
        }
        var again = mapping
        again.smaregiProductID = 2
        #expect(try repository.add(again, at: Date()) == .exists(added))
        var otherStore = mapping
        otherStore.storeCode = "shop-b"
        guard case .added = try repository.add(otherStore, at: Date()) else {
            Issue.record("the same SKU may be mapped in another store")
            return
        }
        #expect(try repository.remove(store: "shop-a", key: mapping.key))
        #expect(try !repository.remove(store: "shop-a", key: mapping.key))
    }

    @Test func recordedChecksAreReadBackAndCounted() throws {
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        let repository = ProductMappingRepository(database: database)
        _ = try repository.importRows(Self.rows(), store: "shop-a", dryRun: false, at: Date())
        let ids = try repository.list(store: "shop-a").compactMap(\.id)

        try repository.recordChecks(
            [
                .init(id: ids[0], status: .ok, reasonCode: "", reason: "", resolvedProductID: 7),
                .init(
                    id: ids[1],
                    status: .error,
                    reasonCode: "RAKUTEN_SKU_NOT_FOUND",
                    reason: "楽天にSKUがありません",
                    resolvedProductID: nil
                ),
            ],
            at: StoreFixtures.referenceDate
        )

        let errors = try repository.list(store: "shop-a", status: .error)
        #expect(errors.count == 1)
        #expect(errors.first?.reasonCode == "RAKUTEN_SKU_NOT_FOUND")
        #expect(errors.first?.checkedAt == StoreFixtures.referenceDate)
        #expect(try repository.statusCounts(store: "shop-a") == [.ok: 1, .error: 1, .unchecked: 1])
    }

    @Test func mappingsGoWithTheirStore() throws {
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        let repository = ProductMappingRepository(database: database)
        _ = try repository.importRows(Self.rows(), store: "shop-a", dryRun: false, at: Date())

        try StoreRepository(database: database).remove(code: "shop-a")

        #expect(try repository.list().isEmpty)
    }

    @Test func importForAnUnknownStoreFails() throws {
        let database = try StoreFixtures.makeInMemoryDatabase()
        #expect(throws: SyncStoreError.unknownStore(code: "nope")) {
            try ProductMappingRepository(database: database).importRows(
                Self.rows("nope"),
                store: "nope",
                dryRun: false,
                at: Date()
            )
        }
    }
}

extension ProductMappingRepositoryTests {
    @Test func aCheckOfAMappingRepointedMeanwhileIsNotRecorded() throws {
        // Given a mapping read by a check while it pointed at product 1001
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        let repository = ProductMappingRepository(database: database)
        _ = try repository.importRows(Self.rows(), store: "shop-a", dryRun: false, at: Date())
        let read = try #require(try repository.find(store: "shop-a", key: Key(manageNumber: "mug", variantId: "red")))

        // When the merchant re-points it before the check records its verdict
        var changed = Self.rows()
        changed[1].smaregiProductID = 2001
        _ = try repository.importRows(changed, store: "shop-a", dryRun: false, at: Date())
        let recorded = try repository.recordChecks(
            [
                .init(
                    id: try #require(read.id),
                    status: .ok,
                    reasonCode: "",
                    reason: "",
                    resolvedProductID: 1001,
                    checkedTarget: .init(
                        smaregiProductID: read.smaregiProductID,
                        smaregiProductCode: read.smaregiProductCode
                    )
                )
            ],
            at: Date()
        )

        // Then the stale verdict is dropped and the mapping waits, 未確認, for the next check
        #expect(recorded == 0)
        let now = try #require(try repository.find(store: "shop-a", key: Key(manageNumber: "mug", variantId: "red")))
        #expect(now.status == .unchecked)
        #expect(now.resolvedProductID == nil)
    }
}
