import GRDB

/// Migrations after v6 (SyncDatabase+Migrations.swift holds v1–v6; never edit a shipped one).
extension SyncDatabase {
    /// Registers the migrations of this file after the first six, in order.
    static func registerLaterMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-legacy-variant") { db in
            try db.execute(sql: v7LegacyVariant)
        }
        migrator.registerMigration("v9-watching") { db in
            try db.execute(sql: v9Watching)
        }
    }

    /// v9-watching (issue #11 §3): the HTTP 429 answers and the retries of each run, for `rakuten-sync runs` and the
    /// metrics file of every job (not only of the run that writes it). Runs recorded before it read 0.
    private static let v9Watching = """
        ALTER TABLE runs ADD COLUMN rate_limited INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE runs ADD COLUMN retries INTEGER NOT NULL DEFAULT 0;
        """

    /// v7-legacy-variant (issue #13 §1): the Rakuten SKU a legacy 横軸/縦軸 mapping stands for after the SKU
    /// migration, as the last successful mapping check found it among the item's `variants` (by their
    /// `selectorValues`). NULL for SKU mappings, unchecked legacy ones and legacy ones the check could not resolve;
    /// the stock run pushes a legacy mapping to this `variant_id`.
    private static let v7LegacyVariant = """
        ALTER TABLE product_mappings ADD COLUMN resolved_variant_id TEXT;
        """
}
