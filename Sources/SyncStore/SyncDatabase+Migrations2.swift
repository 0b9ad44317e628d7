import GRDB

/// Migrations after v6 (SyncDatabase+Migrations.swift holds v1–v6; never edit a shipped one).
extension SyncDatabase {
    /// Registers the migrations of this file after the first six, in order.
    static func registerLaterMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-legacy-variant") { db in
            try db.execute(sql: v7LegacyVariant)
        }
        migrator.registerMigration("v8-product-name") { db in
            try db.execute(sql: v8ProductName)
        }
    }

    /// v8-product-name (issue #13 §4): the Smaregi product name of a mapping's product, as the last mapping check
    /// read it from the product list, so `mapping list` and `mapping export` show what a mapping means. NULL before
    /// the first check and when the product was not found.
    private static let v8ProductName = """
        ALTER TABLE product_mappings ADD COLUMN smaregi_product_name TEXT;
        """

    /// v7-legacy-variant (issue #13 §1): the Rakuten SKU a legacy 横軸/縦軸 mapping stands for after the SKU
    /// migration, as the last successful mapping check found it among the item's `variants` (by their
    /// `selectorValues`). NULL for SKU mappings, unchecked legacy ones and legacy ones the check could not resolve;
    /// the stock run pushes a legacy mapping to this `variant_id`.
    private static let v7LegacyVariant = """
        ALTER TABLE product_mappings ADD COLUMN resolved_variant_id TEXT;
        """
}
