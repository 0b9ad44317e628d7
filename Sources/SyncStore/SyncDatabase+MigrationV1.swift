import GRDB

// v1, the foundation (registered in SyncDatabase+Migrations.swift; never edit a shipped migration).
extension SyncDatabase {
    /// v1 (issue "Foundation"): settings, stores, runs, alerts_sent, watermarks.
    ///
    /// `runs` has no foreign key to `stores`, so run history outlives a removed store; the alert ledger and
    /// the watermarks go with their store (`ON DELETE CASCADE`).
    static let v1 = """
        CREATE TABLE settings (
            key TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE TABLE stores (
            code TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            shop_url TEXT NOT NULL DEFAULT '',
            rakuten_api_url TEXT NOT NULL DEFAULT 'https://api.rms.rakuten.co.jp',
            service_secret TEXT NOT NULL DEFAULT '',
            license_key TEXT NOT NULL DEFAULT '',
            license_expiry TEXT,
            tax_rounding TEXT NOT NULL DEFAULT 'round' CHECK (tax_rounding IN ('floor', 'ceil', 'round')),
            orders_enabled INTEGER NOT NULL DEFAULT 0 CHECK (orders_enabled IN (0, 1)),
            stock_enabled INTEGER NOT NULL DEFAULT 0 CHECK (stock_enabled IN (0, 1)),
            shipping_enabled INTEGER NOT NULL DEFAULT 0 CHECK (shipping_enabled IN (0, 1)),
            alert_emails TEXT NOT NULL DEFAULT '[]',
            safety_stock INTEGER NOT NULL DEFAULT 0,
            smaregi_contract_id TEXT NOT NULL DEFAULT '',
            smaregi_client_id TEXT NOT NULL DEFAULT '',
            smaregi_client_secret TEXT NOT NULL DEFAULT '',
            smaregi_token_url TEXT NOT NULL DEFAULT 'https://id.smaregi.jp',
            smaregi_api_url TEXT NOT NULL DEFAULT 'https://api.smaregi.jp',
            smaregi_order_store_id TEXT NOT NULL DEFAULT '',
            smaregi_stock_store_id TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            job TEXT NOT NULL,
            store_code TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            pid INTEGER NOT NULL,
            processed INTEGER NOT NULL DEFAULT 0,
            succeeded INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            warnings INTEGER NOT NULL DEFAULT 0,
            report_path TEXT,
            message TEXT
        );
        CREATE INDEX runs_job_store_started ON runs (job, store_code, started_at);

        CREATE TABLE alerts_sent (
            store_code TEXT NOT NULL REFERENCES stores (code) ON DELETE CASCADE,
            code TEXT NOT NULL,
            record_key TEXT NOT NULL,
            last_sent_at TEXT NOT NULL,
            PRIMARY KEY (store_code, code, record_key)
        );

        CREATE TABLE watermarks (
            job TEXT NOT NULL,
            store_code TEXT NOT NULL REFERENCES stores (code) ON DELETE CASCADE,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (job, store_code)
        );
        """
}
