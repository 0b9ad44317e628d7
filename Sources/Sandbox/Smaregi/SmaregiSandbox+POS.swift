import Foundation
import Hummingbird

/// POS master data: stores, products, payment methods, tax rates (smaregi.md §4.1, §4.2, §4.4, §4.6).
extension SmaregiSandbox {
    func addPOSRoutes(to router: Router<BasicRequestContext>) {
        router.get("/{contractId}/pos/stores") { request, context in
            await self.api(request, context, scope: "pos.stores:read") { contract, info, _ in
                let listing = try SmaregiListing(
                    query: info.query,
                    sortable: ["storeId", "storeCode", "displaySequence", "updDateTime"],
                    defaultSort: ["storeId"]
                )
                let code = info.query["store_code"]
                let stores = contract.stores.values.filter {
                    $0.kind != .order && (code == nil || $0.storeCode == code)
                }
                let selected = listing.select(stores.map(\.posRow), value: Self.field)
                return try Self.listReply(selected.page, listing: listing, hasNext: selected.hasNext, info: info)
            }
        }
        router.get("/{contractId}/pos/stores/{id}") { request, context in
            await self.api(request, context, scope: "pos.stores:read") { contract, info, _ in
                guard let store = contract.stores[try info.id("id")], store.kind != .order else {
                    throw SmaregiProblem.notFound()
                }
                return .json(SmaregiJSONWriter.row(store.posRow))
            }
        }
        router.get("/{contractId}/pos/products") { request, context in
            await self.api(request, context, scope: "pos.products:read") { contract, info, _ in
                try Self.listProducts(contract, info)
            }
        }
        router.get("/{contractId}/pos/products/{id}") { request, context in
            await self.api(request, context, scope: "pos.products:read") { contract, info, _ in
                .json(SmaregiJSONWriter.row(try contract.product(try info.id("id")).posRow))
            }
        }
        router.get("/{contractId}/pos/payment_methods") { request, context in
            await self.api(request, context, scope: "pos.transactions:read") { contract, info, _ in
                let listing = try SmaregiListing(
                    query: info.query,
                    sortable: ["paymentMethodId", "paymentMethodCode", "unitPrice", "displaySequence", "updDateTime"],
                    defaultSort: ["paymentMethodId"]
                )
                let code = info.query["payment_method_code"]
                let display = info.query["display_flag"]
                let rows = contract.paymentMethods.values.map(\.posRow).filter { row in
                    (code == nil || Self.field(row, "paymentMethodCode") == code)
                        && (display == nil || Self.field(row, "displayFlag") == display)
                }
                let selected = listing.select(rows, value: Self.field)
                return try Self.listReply(selected.page, listing: listing, hasNext: selected.hasNext, info: info)
            }
        }
        router.get("/{contractId}/pos/consumption_tax_rates") { request, context in
            await self.api(request, context, scope: "pos.transactions:read") { contract, info, _ in
                let listing = try SmaregiListing(
                    query: info.query,
                    sortable: ["applyStartDate"],
                    defaultSort: ["applyStartDate"]
                )
                var rates = contract.taxRates
                if let text = info.query["target_date"] {
                    guard SmaregiJST.parseDay(text) != nil else {
                        throw SmaregiProblem.badRequest("target_date の形式が不正です: \(text)")
                    }
                    rates = rates.filter { $0.applyStartDate <= text }.suffix(1)
                }
                let rows: [SmaregiJSONWriter.Row] = rates.map {
                    [("applyStartDate", $0.applyStartDate), ("taxRate", $0.taxRate), ("taxRounding", $0.taxRounding)]
                }
                let selected = listing.select(rows, value: Self.field)
                return try Self.listReply(selected.page, listing: listing, hasNext: selected.hasNext, info: info)
            }
        }
    }

    /// `GET /products`: `product_id`, `product_code` (exact), `category_id`, `group_code`, `display_flag`,
    /// `upd_date_time-from/to` (≤31 days); `store_id` is rejected with 400 as the real API does ([POSLA]).
    static func listProducts(_ contract: SmaregiContract, _ info: SmaregiRequestInfo) throws -> SmaregiReply {
        if info.query.contains("store_id") {
            throw SmaregiProblem.badRequest("指定されたパラメータ[store_id]はサポートされていません")
        }
        let listing = try SmaregiListing(
            query: info.query,
            sortable: ["productId", "productCode", "categoryId", "price", "displaySequence", "updDateTime"],
            defaultSort: ["productId"]
        )
        let range = try info.query.dateRange("upd_date_time", maxDays: 31)
        let exact: [(String, String)] = [
            ("product_id", "productId"), ("product_code", "productCode"), ("category_id", "categoryId"),
            ("group_code", "groupCode"), ("display_flag", "displayFlag"),
        ].compactMap { parameter, field in info.query[parameter].map { (field, $0) } }
        let products = contract.products.values.filter { product in
            range.map { $0.contains(product.updDateTime) } ?? true
        }
        if exact.isEmpty, listing.sortsOnlyAscending(by: "productId") {
            // The common full scan (the mapping check reads every page): order the typed records by id and build
            // JSON rows for the requested page only, instead of building and string-sorting every row per page.
            let selected = listing.page(ofOrdered: products.sorted { $0.productId < $1.productId })
            return try listReply(selected.page.map(\.posRow), listing: listing, hasNext: selected.hasNext, info: info)
        }
        let rows = products.map(\.posRow).filter { row in
            exact.allSatisfy { field, value in Self.field(row, field) == value }
        }
        let selected = listing.select(rows, value: Self.field)
        return try listReply(selected.page, listing: listing, hasNext: selected.hasNext, info: info)
    }

    /// The value of `key` in a POS row.
    static func field(_ row: SmaregiJSONWriter.Row, _ key: String) -> String? {
        row.first { $0.key == key }?.value ?? nil
    }
}
