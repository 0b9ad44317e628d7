import Foundation

/// POS stock reads (smaregi.md §4.3). A product without a row has never moved; callers treat it as 0.
extension SmaregiClient {
    /// Every stock row of `storeId`.
    package func stock(storeId: Int) throws -> [SmaregiStock] {
        try stockRows(query: [("store_id", String(storeId))])
    }

    /// Every stock row of `storeId`, handed to `body` one page (≤1,000 rows) at a time as it arrives, so a caller
    /// can start working on the first rows while later pages are read; `body` returns false to stop reading.
    package func stockPages(storeId: Int, _ body: ([SmaregiStock]) -> Bool) throws {
        let endpoint = "GET /pos/stock"
        try forEachPage(
            SmaregiStockDTO.self,
            .pos,
            "/stock",
            query: [("store_id", String(storeId))],
            endpoint: endpoint
        ) {
            try body($0.map { try SmaregiStock($0, endpoint: endpoint) })
        }
    }

    /// The stock rows of the given products in `storeId` (one request per product; the API filters one ID).
    package func stock(storeId: Int, productIds: [Int]) throws -> [SmaregiStock] {
        var rows: [SmaregiStock] = []
        for productId in productIds {
            rows += try stockRows(query: [("store_id", String(storeId)), ("product_id", String(productId))])
        }
        return rows
    }

    /// Stock rows of `storeId` (or every store) updated in `range`, asked in ≤31-day windows; a row seen in two
    /// windows is returned once, with its latest value.
    package func stock(updatedBetween range: ClosedRange<Date>, storeId: Int? = nil) throws -> [SmaregiStock] {
        var byKey: [String: SmaregiStock] = [:]
        for window in Self.windows(range) {
            let query = [("store_id", storeId.map { String($0) })] + Self.updQuery(window)
            for row in try stockRows(query: query) {
                let key = "\(row.storeId)-\(row.productId)"
                if let existing = byKey[key], (existing.updatedAt ?? .distantPast) > (row.updatedAt ?? .distantPast) {
                    continue
                }
                byKey[key] = row
            }
        }
        return byKey.values.sorted { ($0.storeId, $0.productId) < ($1.storeId, $1.productId) }
    }

    private func stockRows(query: [(String, String?)]) throws -> [SmaregiStock] {
        let endpoint = "GET /pos/stock"
        return try allPages(SmaregiStockDTO.self, .pos, "/stock", query: query, endpoint: endpoint)
            .map { try SmaregiStock($0, endpoint: endpoint) }
    }
}
