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

    /// v9-watching (issue #11 §3, §4): the HTTP 429 answers and the retries of each run, for `rakuten-sync runs` and
    /// the metrics file of every job (not only of the run that writes it; runs recorded before it read 0); and
    /// `open_problems`, what each job's newest run still reports per code, for the daily roll-up mail.
    private static let v9Watching = """
        ALTER TABLE runs ADD COLUMN rate_limited INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE runs ADD COLUMN retries INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE open_problems (
            store_code TEXT NOT NULL,
            job TEXT NOT NULL,
            code TEXT NOT NULL,
            severity TEXT NOT NULL,
            count INTEGER NOT NULL,
            message_ja TEXT NOT NULL,
            message_en TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            PRIMARY KEY (store_code, job, code)
        );
        """

    /// v7-legacy-variant (issue #13 §1): the Rakuten SKU a legacy 横軸/縦軸 mapping stands for after the SKU
    /// migration, as the last successful mapping check found it among the item's `variants` (by their
    /// `selectorValues`). NULL for SKU mappings, unchecked legacy ones and legacy ones the check could not resolve;
    /// the stock run pushes a legacy mapping to this `variant_id`.
    private static let v7LegacyVariant = """
        ALTER TABLE product_mappings ADD COLUMN resolved_variant_id TEXT;
        """
}
