/// One documented assumption of `docs/api-assumptions*.md`, by its stable id (`[A-RMS-07]`).
package struct ProbeAssumption: Sendable, Equatable {
    /// The id written in the docs, without brackets.
    package let id: String
    /// A short name for the probe's line.
    package let title: String
    /// Why `store test --deep` cannot check it read-only; nil when the probe checks it.
    package let uncheckedReason: String?

    /// Every assumption of `docs/api-assumptions.md` and `docs/api-assumptions-smaregi.md`, in the docs' order
    /// (`ProbeAssumptionTests` keeps the two lists equal).
    package static let catalogue: [ProbeAssumption] = [
        ProbeAssumption(id: "A-RMS-01", title: "401 / ES01-01 / GA0001 = authentication failure", uncheckedReason: nil),
        ProbeAssumption(
            id: "A-RMS-02",
            title: "order-API answers carry a Date header (Rakuten time)",
            uncheckedReason: nil
        ),
        ProbeAssumption(
            id: "A-RMS-03",
            title: "license expiry for another key: 404 GE0014",
            uncheckedReason: "another shop's key would be needed"
        ),
        ProbeAssumption(
            id: "A-RMS-04",
            title: "order API: 415 ES04-03 without charset=utf-8",
            uncheckedReason: "the probe sends only the form the jobs send"
        ),
        ProbeAssumption(
            id: "A-RMS-05",
            title: "rate limits per license key and API family",
            uncheckedReason: "needs a burst over the limit"
        ),
        ProbeAssumption(
            id: "A-RMS-06",
            title: "429 body and Retry-After: 1",
            uncheckedReason: "needs a burst over the limit"
        ),
        ProbeAssumption(
            id: "A-RMS-07",
            title: "409/429/5xx after retries = temporary (75)",
            uncheckedReason: "needs a failing server"
        ),
        ProbeAssumption(
            id: "A-RMS-08",
            title: "message codes invented by the sandbox (*)",
            uncheckedReason: "needs invalid requests"
        ),
        ProbeAssumption(id: "A-RMS-09", title: "searchOrder: 15,000 cap, pagination filled in", uncheckedReason: nil),
        ProbeAssumption(id: "A-RMS-10", title: "getOrder: INFO_101 on a hit, v10 model", uncheckedReason: nil),
        ProbeAssumption(id: "A-RMS-11", title: "confirmOrder 100 → 300", uncheckedReason: "a write (confirmOrder)"),
        ProbeAssumption(
            id: "A-RMS-12",
            title: "updateOrderShipping: status 100–700, all-or-nothing",
            uncheckedReason: "a write (updateOrderShipping)"
        ),
        ProbeAssumption(
            id: "A-RMS-13",
            title: "async shipping processed after a delay",
            uncheckedReason: "a write (updateOrderShippingAsync)"
        ),
        ProbeAssumption(
            id: "A-RMS-14",
            title: "async format errors: HTTP 200 or 400 with ERROR rows",
            uncheckedReason: "a write (updateOrderShippingAsync)"
        ),
        ProbeAssumption(
            id: "A-RMS-15",
            title: "error rows echo shippingDetailId",
            uncheckedReason: "a write (updateOrderShipping)"
        ),
        ProbeAssumption(
            id: "A-RMS-16",
            title: "getResult without requestId: 400 wrapped in ResultShippingModelList",
            uncheckedReason: "needs an invalid request"
        ),
        ProbeAssumption(
            id: "A-RMS-17",
            title: "amounts of sandbox orders (tax, coupons)",
            uncheckedReason: "sandbox-only rule"
        ),
        ProbeAssumption(
            id: "A-RMS-18",
            title: "-9999 in a changed order",
            uncheckedReason: "needs an order in the middle of a change"
        ),
        ProbeAssumption(
            id: "A-RMS-19",
            title: "shipping and RELATIVE upsert not retried after a timeout",
            uncheckedReason: "a write"
        ),
        ProbeAssumption(id: "A-RMS-20", title: "inventory 2.0 paths", uncheckedReason: nil),
        ProbeAssumption(
            id: "A-RMS-21",
            title: "inventory format errors before stock errors, all-or-nothing",
            uncheckedReason: "a write (bulk-upsert)"
        ),
        ProbeAssumption(
            id: "A-RMS-22",
            title: "bulk-upsert success = 204, empty body",
            uncheckedReason: "a write (bulk-upsert)"
        ),
        ProbeAssumption(
            id: "A-RMS-23",
            title: "quantities 0…99999, capped SKUs drift",
            uncheckedReason: "a write (bulk-upsert)"
        ),
        ProbeAssumption(id: "A-RMS-24", title: "bulk-get leaves unknown pairs out", uncheckedReason: nil),
        ProbeAssumption(
            id: "A-RMS-25",
            title: "legacy 項目選択肢別在庫 SKUs and order shape",
            uncheckedReason: "needs a legacy item and order"
        ),
        ProbeAssumption(id: "A-RMS-26", title: "items: unexpected field types decode as nil", uncheckedReason: nil),
        ProbeAssumption(
            id: "A-RMS-27",
            title: "one migrated SKU per legacy 横軸/縦軸 combination",
            uncheckedReason: "needs a migrated legacy item"
        ),
        ProbeAssumption(
            id: "A-RMS-30",
            title: "items search by cursorMark holds full items",
            uncheckedReason: "checked by `mapping suggest`, not the probe"
        ),
        ProbeAssumption(
            id: "A-RMS-31",
            title: "JAN compared as a 14-digit GTIN",
            uncheckedReason: "a matching rule, not an API answer"
        ),
        ProbeAssumption(
            id: "A-HTTP-01",
            title: "non-retryable status returned as is; retry deadline",
            uncheckedReason: "client behaviour, not an API answer"
        ),
        ProbeAssumption(
            id: "A-HTTP-02",
            title: "curl codes retried / TLS never retried",
            uncheckedReason: "client behaviour, not an API answer"
        ),
        ProbeAssumption(
            id: "A-HTTP-03",
            title: "Content-Length: 0, no Expect, no redirects",
            uncheckedReason: "client behaviour, not an API answer"
        ),
        ProbeAssumption(
            id: "A-HTTP-04",
            title: "SMTP sessions and replies",
            uncheckedReason: "see `rakuten-sync smtp test`"
        ),
        ProbeAssumption(
            id: "A-ORD-01",
            title: "several destinations per order",
            uncheckedReason: "job rule; needs a 受注登録 (a write)"
        ),
        ProbeAssumption(
            id: "A-ORD-02",
            title: "lines at priceTaxIncl, no productName",
            uncheckedReason: "job rule; needs a 受注登録 (a write)"
        ),
        ProbeAssumption(
            id: "A-ORD-03",
            title: "commission, giftWrapPrice, coupons, points",
            uncheckedReason: "job rule; needs a 受注登録 (a write)"
        ),
        ProbeAssumption(
            id: "A-ORD-04",
            title: "total = requestPrice + usedPoint + couponOtherPrice",
            uncheckedReason: "job rule; needs a 受注登録 (a write)"
        ),
        ProbeAssumption(
            id: "A-ORD-05",
            title: "tax per rate (invoice rule)",
            uncheckedReason: "job rule; needs a 受注登録 (a write)"
        ),
        ProbeAssumption(id: "A-ORD-06", title: "legacy lines mapped by 横軸/縦軸", uncheckedReason: "job rule"),
        ProbeAssumption(id: "A-ORD-07", title: "progress 100/200/300 imported", uncheckedReason: "job rule"),
        ProbeAssumption(
            id: "A-ORD-08",
            title: "cancellations and changes noticed after import",
            uncheckedReason: "job rule"
        ),
        ProbeAssumption(
            id: "A-ORD-09",
            title: "an order getOrder does not return stays pending",
            uncheckedReason: "job rule"
        ),
        ProbeAssumption(
            id: "A-ORD-10",
            title: "受注分割: lowest orderHeadId is the imported one",
            uncheckedReason: "job rule"
        ),
        ProbeAssumption(
            id: "A-ORD-11",
            title: "pacing 0.95 req/s and Smaregi limits",
            uncheckedReason: "needs a burst over the limit"
        ),
        ProbeAssumption(id: "A-ORD-12", title: "destination numbers 1-based", uncheckedReason: "job rule"),
        ProbeAssumption(id: "A-SHP-01", title: "upd_date_time-to = now + 1 s", uncheckedReason: nil),
        ProbeAssumption(
            id: "A-SHP-05",
            title: "a shipping row without shippingDetailId is appended; no duplicate refused",
            uncheckedReason: "a write (updateOrderShipping)"
        ),
        ProbeAssumption(
            id: "A-SHP-02",
            title: "async request killed before its requestId was saved",
            uncheckedReason: "a write"
        ),
        ProbeAssumption(
            id: "A-SHP-03",
            title: "dataNumber matched in request order",
            uncheckedReason: "a write (updateOrderShipping)"
        ),
        ProbeAssumption(id: "A-SHP-04", title: "carrier names folded", uncheckedReason: "job rule"),
        ProbeAssumption(id: "A-SMR-01", title: "token without scope = every enabled scope", uncheckedReason: nil),
        ProbeAssumption(
            id: "A-SMR-02",
            title: "token errors OAuth-shaped",
            uncheckedReason: "needs refused credentials"
        ),
        ProbeAssumption(
            id: "A-SMR-03",
            title: "token requests not rate limited",
            uncheckedReason: "needs a burst over the limit"
        ),
        ProbeAssumption(id: "A-SMR-04", title: "API 401 body: access_denied problem JSON", uncheckedReason: nil),
        ProbeAssumption(
            id: "A-SMR-05",
            title: "scopes of payment_methods and order-shipment stores",
            uncheckedReason: nil
        ),
        ProbeAssumption(
            id: "A-SMR-06",
            title: "check order 401 → 429 → 403",
            uncheckedReason: "needs a burst over the limit"
        ),
        ProbeAssumption(id: "A-SMR-07", title: "several tokens valid at once", uncheckedReason: "needs a second token"),
        ProbeAssumption(
            id: "A-SMR-08",
            title: "read and write buckets, 429 body",
            uncheckedReason: "needs a burst over the limit"
        ),
        ProbeAssumption(id: "A-SMR-09", title: "Link next URL absolute, query repeated", uncheckedReason: nil),
        ProbeAssumption(id: "A-SMR-10", title: "受注管理 lists take limit 1–1000", uncheckedReason: nil),
        ProbeAssumption(
            id: "A-SMR-11",
            title: "upd_date_time windows ≤ 31 days",
            uncheckedReason: "needs an invalid request"
        ),
        ProbeAssumption(
            id: "A-SMR-12",
            title: "date query values must be ±hh:mm",
            uncheckedReason: "needs an invalid request"
        ),
        ProbeAssumption(id: "A-SMR-13", title: "受注店舗 not listed by POS /stores", uncheckedReason: nil),
        ProbeAssumption(
            id: "A-SMR-14",
            title: "product_code exact match",
            uncheckedReason: "needs a product code prefix"
        ),
        ProbeAssumption(id: "A-SMR-15", title: "商品コード symbols", uncheckedReason: "not observable by reading"),
        ProbeAssumption(
            id: "A-SMR-16",
            title: "GET /stock: one store_id and product_id per request",
            uncheckedReason: "needs an invalid request"
        ),
        ProbeAssumption(id: "A-SMR-17", title: "stock may go negative; layaway \"0\"", uncheckedReason: nil),
        ProbeAssumption(id: "A-SMR-18", title: "stock history divisions", uncheckedReason: "a write (stock change)"),
        ProbeAssumption(id: "A-SMR-19", title: "a missing stock row is 0", uncheckedReason: "job rule"),
        ProbeAssumption(
            id: "A-SMR-20",
            title: "tax-rate master 8 % and 10 %",
            uncheckedReason: "not read by the probe"
        ),
        ProbeAssumption(id: "A-SMR-21", title: "POST /transactions answer", uncheckedReason: "a write (取引)"),
        ProbeAssumption(id: "A-SMR-22", title: "depositOthers request elements", uncheckedReason: "a write (取引)"),
        ProbeAssumption(id: "A-SMR-23", title: "取引 line amounts", uncheckedReason: "a write (取引)"),
        ProbeAssumption(id: "A-SMR-24", title: "取引 total formula", uncheckedReason: "a write (取引)"),
        ProbeAssumption(id: "A-SMR-25", title: "duplicate 取引 rule", uncheckedReason: "a write (取引)"),
        ProbeAssumption(
            id: "A-SMR-26",
            title: "GET /transactions needs a window",
            uncheckedReason: "not read by the jobs"
        ),
        ProbeAssumption(id: "A-SMR-27", title: "a 取引 lowers stock", uncheckedReason: "a write (取引)"),
        ProbeAssumption(id: "A-SMR-28", title: "受注管理 paths", uncheckedReason: nil),
        ProbeAssumption(id: "A-SMR-29", title: "受注 request body", uncheckedReason: "a write (受注登録)"),
        ProbeAssumption(id: "A-SMR-30", title: "受注 validation", uncheckedReason: "a write (受注登録)"),
        ProbeAssumption(
            id: "A-SMR-31",
            title: "integer fields sent as strings are a 400",
            uncheckedReason: "a write (受注登録)"
        ),
        ProbeAssumption(id: "A-SMR-32", title: "受注在庫引当", uncheckedReason: "a write (受注登録)"),
        ProbeAssumption(id: "A-SMR-33", title: "受注 response object", uncheckedReason: nil),
        ProbeAssumption(
            id: "A-SMR-34",
            title: "shipments per destination; updDateTime bumped",
            uncheckedReason: "needs a shipment (a write)"
        ),
        ProbeAssumption(id: "A-SMR-35", title: "受注分割 children share orderCode", uncheckedReason: "needs a split 受注"),
        ProbeAssumption(
            id: "A-SMR-36",
            title: "orderCode uniqueness (not documented)",
            uncheckedReason: "a write (受注登録)"
        ),
        ProbeAssumption(
            id: "A-SMR-39",
            title: "a timed-out 受注登録 is finished or abandoned within 5 minutes",
            uncheckedReason: "a write (受注登録)"
        ),
        ProbeAssumption(id: "A-SMR-37", title: "cancellation while accepted only", uncheckedReason: "a write (cancel)"),
        ProbeAssumption(id: "A-SMR-38", title: "受注店舗 JSON shape", uncheckedReason: nil),
        ProbeAssumption(id: "A-SMR-40", title: "受注店舗 name their allocation store (stockStoreId)", uncheckedReason: nil),
    ]
}
