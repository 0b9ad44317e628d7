import SyncStore
import Testing

/// GRDB records each applied migration by its identifier: a shipped one renamed or moved would run again (or never)
/// on an existing database, so the list split over several files must keep them all, in order.
struct MigrationListTests {
    @Test func theShippedMigrationsKeepTheirIdentifiersAndOrder() {
        let shipped = [
            "v1", "v2", "v3-orders", "v4-stock", "v5-shipping", "v6-smaregi-tokens", "v7-legacy-variant",
            "v8-alert-problems", "v9-product-name", "v10-watching",
        ]
        #expect(Array(SyncDatabase.migrationNames.prefix(shipped.count)) == shipped)
    }
}
