import Foundation
import GRDB
import TestSupport
import Testing

@testable import SyncStore

struct WatermarkRepositoryTests {
    @Test func watermarkIsAbsentThenSetThenAdvanced() throws {
        let watermarks = WatermarkRepository(database: try StoreFixtures.makeDatabase(withStores: ["shop-a"]))
        let now = StoreFixtures.referenceDate
        #expect(try watermarks.watermark(job: "orders", store: "shop-a") == nil)

        try watermarks.set(Watermark(date: now.addingTimeInterval(-86_400)), job: "orders", store: "shop-a", at: now)
        try watermarks.set(Watermark(date: now), job: "orders", store: "shop-a", at: now.addingTimeInterval(60))

        #expect(try watermarks.watermark(job: "orders", store: "shop-a") == Watermark(date: now))
        #expect(try watermarks.updatedAt(job: "orders", store: "shop-a") == now.addingTimeInterval(60))
        #expect(try watermarks.watermark(job: "shipping", store: "shop-a") == nil)
    }

    @Test func watermarksAreKeptPerJobAndStore() throws {
        let watermarks = WatermarkRepository(
            database: try StoreFixtures.makeDatabase(withStores: ["shop-a", "shop-b"])
        )
        let now = StoreFixtures.referenceDate
        let (a, b, stock) = (Watermark(date: now), Watermark(date: now.addingTimeInterval(1)), Watermark(date: now))

        try watermarks.set(a, job: "orders", store: "shop-a", at: now)
        try watermarks.set(b, job: "orders", store: "shop-b", at: now)
        try watermarks.set(stock, job: "stock", store: "shop-a", at: now)
        try watermarks.remove(job: "stock", store: "shop-a")

        #expect(try watermarks.watermark(job: "orders", store: "shop-a") == a)
        #expect(try watermarks.watermark(job: "orders", store: "shop-b") == b)
        #expect(try watermarks.watermark(job: "stock", store: "shop-a") == nil)
    }

    @Test func unknownStoreCannotHaveAWatermark() throws {
        let watermarks = WatermarkRepository(database: try StoreFixtures.makeInMemoryDatabase())

        #expect(throws: SyncStoreError.unknownStore(code: "ghost")) {
            try watermarks.set(
                Watermark(date: StoreFixtures.referenceDate),
                job: "orders",
                store: "ghost",
                at: StoreFixtures.referenceDate
            )
        }
    }

    /// What each job of the previous version stored in `watermarks.value` for 2026-11-28T10:00:00 JST.
    static let storedByThePreviousVersion: [(job: String, value: String)] = [
        ("orders", "2026-11-28T10:00:00+0900"),  // RMS order-API time
        ("shipping", "2026-11-28T10:00:00+09:00"),  // Smaregi time
        ("stock", "2026-11-28T01:00:00Z"),  // ISO 8601 in UTC
    ]

    @Test(arguments: storedByThePreviousVersion)
    func aWatermarkThePreviousVersionStoredStillReads(job: String, value: String) throws {
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        try database.write("store an old watermark") { db in
            try db.execute(
                sql: "INSERT INTO watermarks (job, store_code, value, updated_at) VALUES (?, 'shop-a', ?, ?)",
                arguments: [job, value, StoredDate.text(StoreFixtures.referenceDate)]
            )
        }

        let read = try WatermarkRepository(database: database).watermark(job: job, store: "shop-a")

        #expect(read?.date == Date(timeIntervalSince1970: 1_795_827_600))
        #expect(read?.text == "2026-11-28T01:00:00Z")
    }

    @Test func aValueThatIsNoWatermarkReadsAsNone() throws {
        let database = try StoreFixtures.makeDatabase(withStores: ["shop-a"])
        try database.write("store a hand-edited watermark") { db in
            try db.execute(
                sql: "INSERT INTO watermarks (job, store_code, value, updated_at) VALUES ('orders', 'shop-a', ?, ?)",
                arguments: ["yesterday", StoredDate.text(StoreFixtures.referenceDate)]
            )
        }

        #expect(try WatermarkRepository(database: database).watermark(job: "orders", store: "shop-a") == nil)
    }
}
