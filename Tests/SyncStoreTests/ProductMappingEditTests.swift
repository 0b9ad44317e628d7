import Foundation
import TestSupport
import Testing

@testable import SyncStore

/// Editing a mapping never takes it out of service by surprise (issue #13 §2).
struct ProductMappingEditTests {
    typealias Key = ProductMappingRecord.Key
    static let mug = Key(manageNumber: "mug", variantId: "red")

    /// A store with `mug/red` → Smaregi 1001 / code M-R, safety stock 2, checked 連携済み (resolved 1001).
    private static func checkedMapping() throws -> ProductMappingRepository {
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        let repository = ProductMappingRepository(database: database)
        _ = try repository.importRows(
            [
                ProductMappingRecord(
                    storeCode: "shop-a",
                    key: mug,
                    smaregiProductID: 1001,
                    smaregiProductCode: "M-R",
                    safetyStock: 2
                )
            ],
            store: "shop-a",
            dryRun: false,
            at: Date()
        )
        let stored = try #require(try repository.find(store: "shop-a", key: mug))
        try repository.recordChecks(
            [.init(id: try #require(stored.id), status: .ok, reasonCode: "", reason: "", resolvedProductID: 1001)],
            at: StoreFixtures.referenceDate
        )
        return repository
    }

    private static func stored(_ repository: ProductMappingRepository) throws -> ProductMappingRecord {
        try #require(try repository.find(store: "shop-a", key: mug))
    }

    @Test func aSafetyStockOnlyImportKeeps連携済み() throws {
        let repository = try Self.checkedMapping()

        let counts = try repository.importEdits(
            [ProductMappingEdit(key: Self.mug, smaregiProductID: .set(1001), safetyStock: .set(5))],
            store: "shop-a",
            dryRun: false,
            at: Date()
        )

        #expect(counts == .init(updated: 1, repointed: 0))
        let after = try Self.stored(repository)
        #expect(after.safetyStock == 5)
        #expect(after.status == .ok)
        #expect(after.resolvedProductID == 1001)
        #expect(after.smaregiProductCode == "M-R")
        #expect(after.checkedAt == StoreFixtures.referenceDate)
    }

    @Test(
        arguments: [
            // (edit, safety afterwards, code afterwards, still 連携済み)
            (ProductMappingEdit(key: ProductMappingEditTests.mug, smaregiProductCode: .set("M-R")), 2, "M-R", true),
            (
                ProductMappingEdit(
                    key: ProductMappingEditTests.mug,
                    smaregiProductID: .set(1001),
                    safetyStock: .set(nil)
                ), nil, "M-R", true
            ),
            (ProductMappingEdit(key: ProductMappingEditTests.mug, smaregiProductID: .set(2002)), 2, nil, false),
            (
                ProductMappingEdit(
                    key: ProductMappingEditTests.mug,
                    smaregiProductCode: .set("OTHER"),
                    safetyStock: .set(7)
                ), 7, "OTHER", false
            ),
        ] as [(ProductMappingEdit, Int?, String?, Bool)]
    )
    func aMissingFieldIsKeptAndOnlyANewProductUnchecks(
        edit: ProductMappingEdit,
        safety: Int?,
        code: String?,
        stillOK: Bool
    ) throws {
        let repository = try Self.checkedMapping()

        _ = try repository.importEdits([edit], store: "shop-a", dryRun: false, at: Date())

        let after = try Self.stored(repository)
        #expect(after.safetyStock == safety)
        #expect(after.smaregiProductCode == code)
        #expect((after.status == .ok) == stillOK)
        #expect((after.resolvedProductID == 1001) == stillOK)
    }

    @Test func updateChangesOneMappingInPlace() throws {
        let repository = try Self.checkedMapping()
        let id = try Self.stored(repository).id

        let safety = try repository.update(
            store: "shop-a",
            edit: .init(key: Self.mug, safetyStock: .set(4)),
            at: Date()
        )
        let same = try repository.update(
            store: "shop-a",
            edit: .init(key: Self.mug, smaregiProductID: .set(1001)),
            at: Date()
        )
        let moved = try repository.update(
            store: "shop-a",
            edit: .init(key: Self.mug, smaregiProductID: .set(3003)),
            at: Date()
        )
        let missing = try repository.update(
            store: "shop-a",
            edit: .init(key: Key(manageNumber: "tea", variantId: "tea"), safetyStock: .set(1)),
            at: Date()
        )

        guard case .updated(let kept, repointed: false) = safety else {
            Issue.record("a safety-stock change should update without repointing: \(safety)")
            return
        }
        #expect(kept.status == .ok && kept.safetyStock == 4 && kept.id == id)
        guard case .unchanged = same else {
            Issue.record("the same Smaregi id should change nothing: \(same)")
            return
        }
        guard case .updated(let repointed, repointed: true) = moved else {
            Issue.record("a new Smaregi id should repoint: \(moved)")
            return
        }
        #expect(repointed.status == .unchecked && repointed.smaregiProductID == 3003)
        #expect(repointed.smaregiProductCode == nil && repointed.safetyStock == 4 && repointed.id == id)
        #expect(missing == .missing)
    }
}
