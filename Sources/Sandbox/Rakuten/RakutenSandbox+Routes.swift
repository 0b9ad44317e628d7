import Foundation
import Hummingbird

/// Registers the `/es/...` API routes (control routes are in `RakutenSandbox+Control.swift`).
extension RakutenSandbox {
    /// Registers the Rakuten RMS API routes and the `/_sandbox/rakuten/...` control routes on `router`.
    package func addRoutes(to router: Router<BasicRequestContext>) {
        addOrderRoutes(to: router)
        for version in ["2.0", "2.1"] { addInventoryRoutes(to: router, version: version) }
        router.get("/es/2.0/items/manage-numbers/:manageNumber") { request, context in
            let manageNumber = context.parameters.get("manageNumber") ?? ""
            return try await self.gateway(request, family: .items, bucket: nil) {
                self.itemGet($0, manageNumber: manageNumber)
            }
        }
        router.get("/es/2.0/items/search") { request, _ in
            try await self.gateway(request, family: .items, bucket: nil) { self.itemSearch($0, request: request) }
        }
        router.post("/es/2.0/items/bulk-get") { request, _ in
            try await self.gateway(request, family: .items, bucket: nil) { self.itemBulkGet($0) }
        }
        router.get("/es/1.0/license-management/license-key/expiry-date") { request, _ in
            try await self.gateway(request, family: .license, bucket: nil) { self.licenseExpiry($0, request: request) }
        }
        addControlRoutes(to: router)
    }

    private func addOrderRoutes(to router: Router<BasicRequestContext>) {
        let functions: [(String, @Sendable (RakutenSandbox, GatewayPass) -> Response)] = [
            ("searchOrder", { $0.searchOrder($1) }), ("getOrder", { $0.getOrder($1) }),
            ("confirmOrder", { $0.confirmOrder($1) }), ("updateOrderShipping", { $0.updateOrderShipping($1) }),
            ("updateOrderShippingAsync", { $0.updateOrderShippingAsync($1) }),
            ("getResultUpdateOrderShippingAsync", { $0.getResultUpdateOrderShippingAsync($1) }),
        ]
        for (name, handler) in functions {
            // The router ignores a trailing slash, so `/searchOrder/` (documented) and `/searchOrder` both match.
            router.post(RouterPath("/es/2.0/order/\(name)")) { request, _ in
                try await self.gateway(request, family: .order, bucket: self.orderBucket) { pass in
                    if pass.body?.objectValue == nil, !pass.rawBodyIsEmpty {
                        return Self.orderResponse(
                            .fields([
                                "MessageModelList": .array([
                                    RakutenOrderMessages.error("ORDER_EXT_API_COMMON_ERROR_001", "リクエストの形式が不正です。")
                                ])
                            ]),
                            status: .badRequest
                        )
                    }
                    return handler(self, pass)
                }
            }
        }
    }

    private func addInventoryRoutes(to router: Router<BasicRequestContext>, version: String) {
        let base = "/es/\(version)/inventories"
        let v21 = version == "2.1"
        let variant = "\(base)/manage-numbers/:manageNumber/variants/:variantId"
        router.get(RouterPath(variant)) { request, context in
            let (m, v) = (context.parameters.get("manageNumber") ?? "", context.parameters.get("variantId") ?? "")
            return try await self.gateway(request, family: .inventory, bucket: self.inventoryReadBucket) {
                self.inventoryVariantGet($0, manageNumber: m, variantId: v, version21: v21)
            }
        }
        router.put(RouterPath(variant)) { request, context in
            let (m, v) = (context.parameters.get("manageNumber") ?? "", context.parameters.get("variantId") ?? "")
            return try await self.gateway(request, family: .inventory, bucket: self.inventoryWriteBucket) {
                self.inventoryVariantUpsert($0, manageNumber: m, variantId: v, version21: v21)
            }
        }
        router.delete(RouterPath(variant)) { request, context in
            let (m, v) = (context.parameters.get("manageNumber") ?? "", context.parameters.get("variantId") ?? "")
            return try await self.gateway(request, family: .inventory, bucket: self.inventoryWriteBucket) {
                self.inventoryVariantDelete($0, manageNumber: m, variantId: v)
            }
        }
        router.post(RouterPath("\(base)/bulk-get")) { request, _ in
            try await self.gateway(request, family: .inventory, bucket: self.bulkGetBucket) {
                self.inventoryBulkGet($0, version21: v21)
            }
        }
        router.get(RouterPath("\(base)/bulk-get/range")) { request, _ in
            try await self.gateway(request, family: .inventory, bucket: self.bulkGetBucket) {
                self.inventoryBulkGetRange($0, request: request, version21: v21)
            }
        }
        router.post(RouterPath("\(base)/bulk-upsert")) { request, _ in
            try await self.gateway(request, family: .inventory, bucket: self.inventoryWriteBucket) {
                self.inventoryBulkUpsert($0, version21: v21)
            }
        }
        if v21 {
            router.get(RouterPath("\(base)/variant-lists/manage-numbers/:manageNumber")) { request, context in
                let m = context.parameters.get("manageNumber") ?? ""
                return try await self.gateway(request, family: .inventory, bucket: self.inventoryReadBucket) {
                    self.inventoryVariantList($0, manageNumber: m)
                }
            }
        }
    }
}
