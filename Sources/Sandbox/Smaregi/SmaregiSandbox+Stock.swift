import Foundation
import Hummingbird

/// POS stock: list, absolute set, relative add (smaregi.md §4.3).
extension SmaregiSandbox {
    func addStockRoutes(to router: Router<BasicRequestContext>) {
        router.get("/{contractId}/pos/stock") { request, context in
            await self.api(request, context, scope: "pos.stock:read") { contract, info, _ in
                try Self.listStock(contract, info)
            }
        }
        router.patch("/{contractId}/pos/stock/{id}") { request, context in
            await self.api(request, context, scope: "pos.stock:write") { contract, info, date in
                try Self.updateStock(&contract, info, relative: false, now: date)
            }
        }
        router.post("/{contractId}/pos/stock/{id}/add") { request, context in
            await self.api(request, context, scope: "pos.stock:write") { contract, info, date in
                try Self.updateStock(&contract, info, relative: true, now: date)
            }
        }
    }

    /// `GET /stock`: `store_id`, `product_id` (one ID each), `upd_date_time-from/to` (≤31 days). A product whose
    /// stock never moved has no row at all.
    static func listStock(_ contract: SmaregiContract, _ info: SmaregiRequestInfo) throws -> SmaregiReply {
        let listing = try SmaregiListing(
            query: info.query,
            sortable: ["productId", "storeId", "stockAmount", "updDateTime"],
            defaultSort: ["productId", "storeId"]
        )
        let storeId = try info.query.integer("store_id")
        let productId = try info.query.integer("product_id")
        let range = try info.query.dateRange("upd_date_time", maxDays: 31)
        let records = contract.stock.values.filter { record in
            (storeId == nil || record.storeId == storeId) && (productId == nil || record.productId == productId)
                && (range.map { $0.contains(record.updDateTime) } ?? true)
        }
        let selected = listing.select(records.map(\.posRow), value: field)
        return try listReply(selected.page, listing: listing, hasNext: selected.hasNext, info: info)
    }

    /// `PATCH /stock/{id}` ("入力された値と同じになるよう更新", ±999999999) and `POST /stock/{id}/add`
    /// (±1999999998, the result within ±999999999). History division `15` スマレジAPI連携.
    static func updateStock(
        _ contract: inout SmaregiContract,
        _ info: SmaregiRequestInfo,
        relative: Bool,
        now: Date
    ) throws -> SmaregiReply {
        let product = try contract.product(try info.id("id"))
        let body = try info.decode(SmaregiStockUpdateBody.self)
        let store = try contract.posStore(Int(body.storeId))
        let bound = relative ? 2 * SmaregiContract.stockBound : SmaregiContract.stockBound
        guard let amount = Int(body.stockAmount) else {
            throw SmaregiProblem.badRequest("stockAmount の値が不正です: \(body.stockAmount)")
        }
        guard (-bound...bound).contains(amount) else {
            throw SmaregiProblem.badRequest("stockAmount は-\(bound)以上\(bound)以下で指定してください")
        }
        let memo = body.stockHistory?.memo
        if let memo, memo.count > 100 { throw SmaregiProblem.badRequest("memo は100文字以内で指定してください") }
        let moved = try contract.moveStock(
            storeId: store.storeId,
            productId: product.productId,
            delta: relative ? amount : 0,
            absolute: relative ? nil : amount,
            division: "15",
            memo: memo,
            at: now
        )
        let history: SmaregiJSONWriter.Value = .object([
            ("id", .string(String(moved.change.id))), ("memo", memo.map(SmaregiJSONWriter.Value.string) ?? .null),
        ])
        return .json(
            SmaregiJSONWriter.object([
                ("productId", .string(String(product.productId))), ("storeId", .string(String(store.storeId))),
                ("stockAmount", .string(String(moved.record.stockAmount))),
                ("updDateTime", .string(SmaregiJST.format(moved.record.updDateTime))), ("stockHistory", history),
            ])
        )
    }
}
