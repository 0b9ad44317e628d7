import GRDB

// v4-stock, v5-shipping and v6-smaregi-tokens (registered in SyncDatabase+Migrations.swift; never edit a shipped
// migration).
extension SyncDatabase {
    /// v4-stock (issue #6, 在庫更新): the stock push ledger.
    ///
    /// One `stock_pushes` row per Rakuten SKU per store, written only after Rakuten accepted a push (or, for
    /// `smaregi_stock`/`pending`, after a run planned the SKU and found nothing to push): `quantity` is the last
    /// quantity Rakuten accepted for the SKU, `product_id` the Smaregi product it came from, `smaregi_stock` and
    /// `pending` the Smaregi stock and the pending units it was computed from (so a later change of pending
    /// units alone is noticed without reading Smaregi again), `run_id` the run that pushed it.
    static let v4Stock = """
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
    static let v5Shipping = """
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

    /// v6-smaregi-tokens (issue #6: an idle run makes at most two remote calls): the Smaregi access token of each
    /// store, kept between runs until it expires. `cache_key` names the IdP, contract, client ID and scopes it was
    /// issued for (never the client secret); the token is a secret like the store's keys, in the same 0600 file.
    static let v6SmaregiTokens = """
        CREATE TABLE smaregi_tokens (
            store_code TEXT NOT NULL PRIMARY KEY REFERENCES stores (code) ON DELETE CASCADE,
            cache_key TEXT NOT NULL,
            access_token TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """
}
