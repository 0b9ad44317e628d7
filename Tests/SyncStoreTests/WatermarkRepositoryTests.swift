import Foundation
import SyncStore
import TestSupport
import Testing

struct WatermarkRepositoryTests {
    @Test func watermarkIsAbsentThenSetThenAdvanced() throws {
        let watermarks = WatermarkRepository(database: try StoreFixtures.makeDatabase(withStores: ["shop-a"]))
        let now = StoreFixtures.referenceDate
        #expect(try watermarks.value(job: "orders", store: "shop-a") == nil)

        try watermarks.set("2026-11-27T10:00:00+0900", job: "orders", store: "shop-a", at: now)
        try watermarks.set("2026-11-28T10:00:00+0900", job: "orders", store: "shop-a", at: now.addingTimeInterval(60))

        #expect(try watermarks.value(job: "orders", store: "shop-a") == "2026-11-28T10:00:00+0900")
        #expect(try watermarks.updatedAt(job: "orders", store: "shop-a") == now.addingTimeInterval(60))
        #expect(try watermarks.value(job: "shipping", store: "shop-a") == nil)
    }

    @Test func watermarksAreKeptPerJobAndStore() throws {
        let watermarks = WatermarkRepository(
            database: try StoreFixtures.makeDatabase(withStores: ["shop-a", "shop-b"])
        )

        try watermarks.set("a-orders", job: "orders", store: "shop-a")
        try watermarks.set("b-orders", job: "orders", store: "shop-b")
        try watermarks.set("a-stock", job: "stock", store: "shop-a")
        try watermarks.remove(job: "stock", store: "shop-a")

        #expect(try watermarks.value(job: "orders", store: "shop-a") == "a-orders")
        #expect(try watermarks.value(job: "orders", store: "shop-b") == "b-orders")
        #expect(try watermarks.value(job: "stock", store: "shop-a") == nil)
    }

    @Test func unknownStoreCannotHaveAWatermark() throws {
        let watermarks = WatermarkRepository(database: try StoreFixtures.makeInMemoryDatabase())

        #expect(throws: SyncStoreError.unknownStore(code: "ghost")) {
            try watermarks.set("x", job: "orders", store: "ghost")
        }
    }
}
