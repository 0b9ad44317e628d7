import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #14 §3: a store's whole state moves from one database to another, and only that store's.
struct StoreTransferTests {
    /// 2026-12-04T10:00:00+0900.
    static let watermark = Watermark(date: Date(timeIntervalSince1970: 1_796_346_000))

    /// A database with stores `moving` and `staying`, each with a watermark, a payment mapping and a run.
    func source() throws -> SyncDatabase {
        let database = try StoreFixtures.makeDatabase(withStores: ["moving", "staying"])
        for store in ["moving", "staying"] {
            try WatermarkRepository(database: database).set(
                Self.watermark,
                job: "orders",
                store: store,
                at: StoreFixtures.referenceDate
            )
            try PaymentMappingRepository(database: database).set(
                store: store,
                rakutenKey: "1",
                smaregiPaymentMethodID: 2,
                at: Date()
            )
            _ = try RunRepository(database: database).start(job: "orders", store: store, at: Date())
        }
        return database
    }

    @Test func aStoreMovesWithItsStateAndLeavesTheOthersAlone() throws {
        let from = try source()
        let to = try StoreFixtures.makeDatabase(withStores: ["other"])
        _ = try RunRepository(database: to).start(job: "orders", store: "other", at: Date())

        let original = try StoreRepository(database: from).get(code: "moving")
        let snapshot = try StoreTransfer(database: from).snapshot(code: "moving", at: Date())
        let decoded = try JSONDecoder().decode(StoreSnapshot.self, from: try JSONEncoder().encode(snapshot))
        try StoreTransfer(database: to).restore(decoded)
        try StoreTransfer(database: from).removeAll(code: "moving")

        #expect(decoded == snapshot)
        #expect(snapshot.tables.first { $0.table == "smaregi_tokens" }?.rows.isEmpty ?? true)
        #expect(try StoreRepository(database: to).get(code: "moving") == original)
        #expect(try PaymentMappingRepository(database: to).all(store: "moving") == ["1": 2])
        #expect(
            try WatermarkRepository(database: to).watermark(job: "orders", store: "moving") == Self.watermark
        )
        #expect(try RunRepository(database: to).list(store: "moving").count == 1)
        #expect(try RunRepository(database: to).list(store: "other").count == 1)
        #expect(try StoreRepository(database: from).find(code: "moving") == nil)
        #expect(try RunRepository(database: from).list(store: "moving").isEmpty)
        #expect(try WatermarkRepository(database: from).watermark(job: "orders", store: "staying") != nil)
        #expect(try RunRepository(database: from).list(store: "staying").count == 1)
    }

    @Test func theStoreRowIsCopiedExactly() throws {
        let from = try source()
        let to = try StoreFixtures.makeInMemoryDatabase()
        let original = try StoreRepository(database: from).get(code: "moving")
        try StoreTransfer(database: to).restore(try StoreTransfer(database: from).snapshot(code: "moving", at: Date()))
        #expect(try StoreRepository(database: to).get(code: "moving") == original)
    }

    @Test func anImportRefusesAnExistingCodeANewerSchemaAndAForeignRow() throws {
        let from = try source()
        let snapshot = try StoreTransfer(database: from).snapshot(code: "moving", at: Date())
        let taken = try StoreFixtures.makeDatabase(withStores: ["moving"])
        #expect(throws: SyncStoreError.duplicateStoreCode(code: "moving")) {
            try StoreTransfer(database: taken).restore(snapshot)
        }

        var newer = snapshot
        newer.migrations.append("v99-future")
        let empty = try StoreFixtures.makeInMemoryDatabase()
        #expect {
            try StoreTransfer(database: empty).restore(newer)
        } throws: { error in
            "\(error)".contains("v99-future")
        }

        var foreign = snapshot
        let index = try #require(foreign.tables.firstIndex { $0.table == "watermarks" && !$0.rows.isEmpty })
        let column = try #require(foreign.tables[index].columns.firstIndex(of: "store_code"))
        foreign.tables[index].rows[0][column] = .text("staying")
        #expect {
            try StoreTransfer(database: empty).restore(foreign)
        } throws: { error in
            "\(error)".contains("does not belong")
        }
        #expect(try StoreRepository(database: empty).find(code: "moving") == nil)
    }
}
