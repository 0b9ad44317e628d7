import Foundation
import Hummingbird

/// 受注管理 API under `/{contractId}/order-shipment` (smaregi.md §5; paths beyond `POST /orders` and
/// `GET /stores/{id}` are assumptions, docs/api-assumptions-smaregi.md).
extension SmaregiSandbox {
    func addOrderShipmentRoutes(to router: Router<BasicRequestContext>) {
        router.post("/{contractId}/order-shipment/orders") { request, context in
            await self.api(request, context, scope: "order-shipment.orders:write") { contract, info, date in
                let order = try contract.createOrder(try info.decode(SmaregiOrderCreateBody.self), at: date)
                return .json(Data(SmaregiJSONWriter.render(order.value).utf8))
            }
        }
        router.get("/{contractId}/order-shipment/orders") { request, context in
            await self.api(request, context, scope: "order-shipment.orders:read") { contract, info, _ in
                try Self.listOrders(contract, info)
            }
        }
        router.get("/{contractId}/order-shipment/orders/{id}") { request, context in
            await self.api(request, context, scope: "order-shipment.orders:read") { contract, info, _ in
                .json(Data(SmaregiJSONWriter.render(try contract.order(try info.id("id")).value).utf8))
            }
        }
        router.post("/{contractId}/order-shipment/orders/{id}/cancel") { request, context in
            await self.api(request, context, scope: "order-shipment.orders:write") { contract, info, date in
                let order = try contract.cancelOrder(try info.id("id"), at: date)
                return .json(Data(SmaregiJSONWriter.render(order.value).utf8))
            }
        }
        router.get("/{contractId}/order-shipment/stores") { request, context in
            await self.api(request, context, scope: "order-shipment.stores:read") { contract, info, _ in
                let listing = try SmaregiListing(query: info.query, sortable: ["storeId"], defaultSort: ["storeId"])
                let stores = contract.stores.values.filter { $0.kind == .order }
                let selected = listing.select(stores) { store, _ in String(store.storeId) }
                var reply = SmaregiReply.json(
                    Data(
                        SmaregiJSONWriter.render(
                            .array(
                                selected.page.map {
                                    $0.orderShipmentValue(withStockStore: contract.orderStoresShowStockStore)
                                }
                            )
                        ).utf8
                    )
                )
                if let link = listing.linkHeader(hasNext: selected.hasNext, request: info) {
                    reply.headers.append(("Link", link))
                }
                return reply
            }
        }
        router.get("/{contractId}/order-shipment/stores/{id}") { request, context in
            await self.api(request, context, scope: "order-shipment.stores:read") { contract, info, _ in
                guard let store = contract.stores[try info.id("id")], store.kind == .order else {
                    throw SmaregiProblem.notFound()
                }
                return .json(
                    Data(
                        SmaregiJSONWriter.render(
                            store.orderShipmentValue(withStockStore: contract.orderStoresShowStockStore)
                        ).utf8
                    )
                )
            }
        }
    }

    /// `GET /orders`: `order_code` (exact), `status`, `store_id`, `upd_date_time-from/to` (no window limit),
    /// `limit` 1…1000, `page`, `sort` (`orderHeadId`, `orderCode`, `orderDateTime`, `updDateTime`), `Link` next.
    static func listOrders(_ contract: SmaregiContract, _ info: SmaregiRequestInfo) throws -> SmaregiReply {
        let listing = try SmaregiListing(
            query: info.query,
            sortable: ["orderHeadId", "orderCode", "orderDateTime", "updDateTime"],
            defaultSort: ["orderHeadId"]
        )
        let code = info.query["order_code"]
        let storeId = try info.query.integer("store_id")
        var status: SmaregiOrderRecord.Status?
        if let text = info.query["status"] {
            guard let parsed = SmaregiOrderRecord.Status(rawValue: text) else {
                throw SmaregiProblem.badRequest("status の値が不正です: \(text)")
            }
            status = parsed
        }
        let range = try info.query.dateRange("upd_date_time", maxDays: nil)
        let orders = contract.orders.values.filter { order in
            (code == nil || order.orderCode == code) && (storeId == nil || order.storeId == storeId)
                && (status == nil || order.status == status) && (range.map { $0.contains(order.updDateTime) } ?? true)
        }
        let selected = listing.select(orders) { order, field in order.sortValue(field) }
        var reply = SmaregiReply.json(Data(SmaregiJSONWriter.render(.array(selected.page.map(\.value))).utf8))
        if let link = listing.linkHeader(hasNext: selected.hasNext, request: info) {
            reply.headers.append(("Link", link))
        }
        return reply
    }
}
