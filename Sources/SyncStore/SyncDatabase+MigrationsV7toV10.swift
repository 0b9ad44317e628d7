import GRDB

// v7-legacy-variant to v10-watching (registered in SyncDatabase+Migrations.swift; never edit a shipped migration).
extension SyncDatabase {
    /// v7-legacy-variant (issue #13 §1): the Rakuten SKU a legacy 横軸/縦軸 mapping stands for after the SKU
    /// migration, as the last successful mapping check found it among the item's `variants` (by their
    /// `selectorValues`). NULL for SKU mappings, unchecked legacy ones and legacy ones the check could not resolve;
    /// the stock run pushes a legacy mapping to this `variant_id`.
    static let v7LegacyVariant = """
        ALTER TABLE product_mappings ADD COLUMN resolved_variant_id TEXT;
        """

    /// v8-alert-problems (issue #11 §2): the problems an alert mail told the merchant about and that are not
    /// over yet, one row per (store, class, subject), where the subject is what the merchant sees (an order
    /// number, a SKU, a service), never a row id. `mailed_at` is NULL while a store-wide outage is still below
    /// its threshold (known, not yet mailed). `record_key` is the problem's `alerts_sent` record key (forgotten
    /// with it, so a recurrence is mailed at once). A later run of `job` that no longer sees the problem deletes the
    /// row and mails that it is over (AlertProblemRepository, docs/architecture.md "Open problems").
    static let v8AlertProblems = """
        CREATE TABLE alert_problems (
            store_code TEXT NOT NULL REFERENCES stores (code) ON DELETE CASCADE,
            class TEXT NOT NULL,
            subject TEXT NOT NULL,
            job TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            mailed_at TEXT,
            record_key TEXT NOT NULL DEFAULT '',
            message_ja TEXT NOT NULL,
            message_en TEXT NOT NULL,
            PRIMARY KEY (store_code, class, subject)
        );
        CREATE INDEX alert_problems_store_job ON alert_problems (store_code, job);
        """

    /// v9-product-name (issue #13 §4): the Smaregi product name of a mapping's product, as the last mapping check
    /// read it from the product list, so `mapping list` and `mapping export` show what a mapping means. NULL before
    /// the first check and when the product was not found.
    static let v9ProductName = """
        ALTER TABLE product_mappings ADD COLUMN smaregi_product_name TEXT;
        """

    /// v10-watching (issue #11 §3, §4): the HTTP 429 answers and the retries of each run, for `rakuten-sync runs` and
    /// the metrics file of every job (not only of the run that writes it; runs recorded before it read 0); and
    /// `open_problems`, what each job's newest run still reports per code, for the daily roll-up mail.
    static let v10Watching = """
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
}
