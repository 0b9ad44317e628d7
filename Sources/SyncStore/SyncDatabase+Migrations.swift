import GRDB

/// The schema, as SQL migrations.
///
/// Rules (GRDB Migrations.md, design.md §3): a migration is never edited once it has shipped; later issues append
/// `"v2"`, `"v3"`... with `registerMigration` below the last one. Migrations are plain SQL and do not use
/// application types, so each one keeps meaning the same thing as the code grows.
///
/// Conventions: snake_case names; timestamps are `TEXT` in `StoredDate`'s ISO 8601 UTC form; booleans are
/// `INTEGER` 0/1; text settings a store has not filled in yet are `''` rather than NULL.
extension SyncDatabase {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3-orders") { db in
            try db.execute(sql: v3Orders)
        }
        migrator.registerMigration("v4-stock") { db in
            try db.execute(sql: v4Stock)
        }
        migrator.registerMigration("v5-shipping") { db in
            try db.execute(sql: v5Shipping)
        }
        migrator.registerMigration("v6-smaregi-tokens") { db in
            try db.execute(sql: v6SmaregiTokens)
        }
        registerLaterMigrations(&migrator)
        return migrator
    }

    /// v1 (issue "Foundation"): settings, stores, runs, alerts_sent, watermarks.
    ///
    /// `runs` has no foreign key to `stores`, so run history outlives a removed store; the alert ledger and
    /// the watermarks go with their store (`ON DELETE CASCADE`).
    private static let v1 = """
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

    /// v2 (issue #4, 商品連携 and 支払方法連携): product_mappings, smaregi_payment_methods, payment_mappings.
    ///
    /// `product_mappings` holds one row per Rakuten SKU per store (`UNIQUE` over the store and the whole
    /// Rakuten key). `manage_number` is stored lower-cased (RMS lower-cases it); `variant_id`, `horizontal` and
    /// `vertical` compare with SQLite's default BINARY collation, i.e. case-sensitively, as RMS does for
    /// variantId. An SKU row has `variant_id` and empty axes; a legacy (横軸/縦軸) row has an empty `variant_id`
    /// and a `horizontal` choice. The Smaregi side is the given id and/or code; `resolved_product_id` is what
    /// the last successful check found and what orders and stock use. `status` is `ok` (連携済み), `error`
    /// (エラー, with `reason_code` and `reason`) or `unchecked` (未確認); `safety_stock` NULL means the store's.
    private static let v2 = """
        CREATE TABLE product_mappings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            store_code TEXT NOT NULL REFERENCES stores (code) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('sku', 'legacy')),
            manage_number TEXT NOT NULL CHECK (manage_number <> '' AND manage_number = lower(manage_number)),
            variant_id TEXT NOT NULL DEFAULT '',
            horizontal TEXT NOT NULL DEFAULT '',
            vertical TEXT NOT NULL DEFAULT '',
            smaregi_product_id INTEGER,
            smaregi_product_code TEXT,
            resolved_product_id INTEGER,
            status TEXT NOT NULL DEFAULT 'unchecked' CHECK (status IN ('ok', 'error', 'unchecked')),
            reason_code TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            checked_at TEXT,
            safety_stock INTEGER CHECK (safety_stock IS NULL OR safety_stock >= 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (smaregi_product_id IS NOT NULL OR smaregi_product_code IS NOT NULL),
            CHECK (
                (kind = 'sku' AND variant_id <> '' AND horizontal = '' AND vertical = '')
                OR (kind = 'legacy' AND variant_id = '' AND horizontal <> '')
            )
        );
        CREATE UNIQUE INDEX product_mappings_rakuten_sku
            ON product_mappings (store_code, manage_number, variant_id, horizontal, vertical);
        CREATE INDEX product_mappings_status ON product_mappings (store_code, status);
        CREATE INDEX product_mappings_smaregi ON product_mappings (store_code, resolved_product_id);

        CREATE TABLE smaregi_payment_methods (
            store_code TEXT NOT NULL REFERENCES stores (code) ON DELETE CASCADE,
            id INTEGER NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            synced_at TEXT NOT NULL,
            PRIMARY KEY (store_code, id)
        );

        CREATE TABLE payment_mappings (
            store_code TEXT NOT NULL REFERENCES stores (code) ON DELETE CASCADE,
            rakuten_key TEXT NOT NULL,
            smaregi_payment_method_id INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (store_code, rakuten_key)
        );
        """

    /// v3-orders (issue #5, 受注取得): the order ledger and the units each order takes per SKU.
    ///
    /// One `order_ledger` row per Rakuten order number per store: `status` is `pending` (waits: -9999 amounts, a
    /// change to confirm, a temporary failure), `held` (an error someone must fix: mapping, payment, rejection),
    /// `loading` (written before 受注登録; a crash leaves it and the next run asks Smaregi by order code),
    /// `loaded` (with `smaregi_order_id`) or `skipped` (cancelled before import, a progress not imported).
    /// `payload_hash` is the hash of the 受注 sent (or about to be); `seen_hash` the hash of the 受注 the order
    /// would make now, so a change after import is noticed once. `destinations` is JSON
    /// `[{"number":1,"basketId":…}]` (Smaregi destination number → Rakuten 送付先ID, for the shipping job).
    /// `order_units` lists the units per SKU of each order (for the stock job's "taken on Rakuten, not yet in
    /// Smaregi"); a legacy line has `variant_id` '' and its 商品番号 in `item_number`.
    private static let v3Orders = """
        CREATE TABLE order_ledger (
            store_code TEXT NOT NULL REFERENCES stores (code) ON DELETE CASCADE,
            order_number TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending', 'held', 'loading', 'loaded', 'skipped')),
            payload_hash TEXT NOT NULL DEFAULT '',
            seen_hash TEXT NOT NULL DEFAULT '',
            order_datetime TEXT,
            progress INTEGER NOT NULL DEFAULT 0,
            smaregi_order_id INTEGER,
            destinations TEXT NOT NULL DEFAULT '[]',
            reason_code TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            notice_codes TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            first_seen_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            checked_at TEXT NOT NULL,
            loaded_at TEXT,
            PRIMARY KEY (store_code, order_number),
            CHECK (status <> 'loaded' OR smaregi_order_id IS NOT NULL)
        );
        CREATE INDEX order_ledger_status ON order_ledger (store_code, status, order_datetime);
        CREATE INDEX order_ledger_checked ON order_ledger (store_code, status, checked_at);

        CREATE TABLE order_units (
            store_code TEXT NOT NULL,
            order_number TEXT NOT NULL,
            manage_number TEXT NOT NULL,
            variant_id TEXT NOT NULL DEFAULT '',
            item_number TEXT NOT NULL DEFAULT '',
            units INTEGER NOT NULL,
            PRIMARY KEY (store_code, order_number, manage_number, variant_id, item_number),
            FOREIGN KEY (store_code, order_number) REFERENCES order_ledger (store_code, order_number)
                ON DELETE CASCADE
        );
        CREATE INDEX order_units_sku ON order_units (store_code, manage_number, variant_id);
        """
}

extension SyncDatabase {
    /// v5-shipping (issue #7, 発送済みステータス): the shipment ledger and the merchant's carrier names.
    ///
    /// One `shipment_ledger` row per Smaregi shipment (`smaregi_shipment_id`) of a 受注 this system imported, per
    /// store. `status` is `pending` (to send, or a retryable failure to send again), `sending` (written just
    /// before updateOrderShipping(Async); a crash leaves it and the next run reads the order from Rakuten and
    /// looks for the tracking number), `reported` (with Rakuten's `shipping_detail_id`), `failed` (Rakuten
    /// refused it: cancelled order, bad format; `reason_code`/`reason` hold Rakuten's code and message) or
    /// `manual` (受注分割 or a package the shipment does not name; reported by hand). `request_id` is the
    /// updateOrderShippingAsync request whose result is still to be collected. `carrier_mappings` maps a
    /// Smaregi carrier name as the warehouse types it to a Rakuten `deliveryCompany` code (rakuten-rms.md §3.6).
    private static let v5Shipping = """
        CREATE TABLE shipment_ledger (
            store_code TEXT NOT NULL REFERENCES stores (code) ON DELETE CASCADE,
            order_number TEXT NOT NULL,
            smaregi_order_id INTEGER NOT NULL,
            smaregi_shipment_id TEXT NOT NULL,
            destination_number INTEGER,
            basket_id INTEGER,
            status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'reported', 'failed', 'manual')),
            shipping_detail_id INTEGER,
            carrier_name TEXT NOT NULL DEFAULT '',
            delivery_company TEXT NOT NULL DEFAULT '',
            tracking_number TEXT NOT NULL DEFAULT '',
            ship_date TEXT NOT NULL DEFAULT '',
            request_id TEXT NOT NULL DEFAULT '',
            reason_code TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            reported_at TEXT,
            PRIMARY KEY (store_code, smaregi_order_id, smaregi_shipment_id),
            CHECK (status <> 'reported' OR shipping_detail_id IS NOT NULL)
        );
        CREATE INDEX shipment_ledger_status ON shipment_ledger (store_code, status);
        CREATE INDEX shipment_ledger_order ON shipment_ledger (store_code, order_number);

        CREATE TABLE carrier_mappings (
            store_code TEXT NOT NULL REFERENCES stores (code) ON DELETE CASCADE,
            smaregi_name TEXT NOT NULL,
            delivery_company TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (store_code, smaregi_name)
        );
        """
}

extension SyncDatabase {
    /// v4-stock (issue #6, 在庫更新): the stock push ledger.
    ///
    /// One `stock_pushes` row per Rakuten SKU per store, written only after Rakuten accepted a push (or, for
    /// `smaregi_stock`/`pending`, after a run planned the SKU and found nothing to push): `quantity` is the last
    /// quantity Rakuten accepted for the SKU, `product_id` the Smaregi product it came from, `smaregi_stock` and
    /// `pending` the Smaregi stock and the pending units it was computed from (so a later change of pending
    /// units alone is noticed without reading Smaregi again), `run_id` the run that pushed it.
    private static let v4Stock = """
        CREATE TABLE stock_pushes (
            store_code TEXT NOT NULL REFERENCES stores (code) ON DELETE CASCADE,
            manage_number TEXT NOT NULL,
            variant_id TEXT NOT NULL,
            product_id INTEGER NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity BETWEEN 0 AND 99999),
            smaregi_stock INTEGER NOT NULL DEFAULT 0,
            pending INTEGER NOT NULL DEFAULT 0,
            pushed_at TEXT NOT NULL,
            run_id INTEGER NOT NULL,
            PRIMARY KEY (store_code, manage_number, variant_id)
        );
        CREATE INDEX stock_pushes_pending ON stock_pushes (store_code, pending);
        """
}

extension SyncDatabase {
    /// v6-smaregi-tokens (issue #6: an idle run makes at most two remote calls): the Smaregi access token of each
    /// store, kept between runs until it expires. `cache_key` names the IdP, contract, client ID and scopes it was
    /// issued for (never the client secret); the token is a secret like the store's keys, in the same 0600 file.
    private static let v6SmaregiTokens = """
        CREATE TABLE smaregi_tokens (
            store_code TEXT NOT NULL PRIMARY KEY REFERENCES stores (code) ON DELETE CASCADE,
            cache_key TEXT NOT NULL,
            access_token TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """
}
