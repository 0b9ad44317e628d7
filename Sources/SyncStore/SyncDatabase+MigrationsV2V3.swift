import GRDB

// v2 and v3-orders (registered in SyncDatabase+Migrations.swift; never edit a shipped migration).
extension SyncDatabase {
    /// v2 (issue #4, 商品連携 and 支払方法連携): product_mappings, smaregi_payment_methods, payment_mappings.
    ///
    /// `product_mappings` holds one row per Rakuten SKU per store (`UNIQUE` over the store and the whole
    /// Rakuten key). `manage_number` is stored lower-cased (RMS lower-cases it); `variant_id`, `horizontal` and
    /// `vertical` compare with SQLite's default BINARY collation, i.e. case-sensitively, as RMS does for
    /// variantId. An SKU row has `variant_id` and empty axes; a legacy (横軸/縦軸) row has an empty `variant_id`
    /// and a `horizontal` choice. The Smaregi side is the given id and/or code; `resolved_product_id` is what
    /// the last successful check found and what orders and stock use. `status` is `ok` (連携済み), `error`
    /// (エラー, with `reason_code` and `reason`) or `unchecked` (未確認); `safety_stock` NULL means the store's.
    static let v2 = """
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
    static let v3Orders = """
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
