import Foundation
import Hummingbird

/// InventoryAPI 2.0 / 2.1 (rakuten-rms.md §4): variants get/upsert/delete, bulk-get (1..1000), bulk-get/range,
/// bulk-upsert (1..400, all-or-nothing), variant-lists (2.1).
extension RakutenSandbox {
    private typealias V = RakutenInventoryValidation

    func inventoryVariantGet(_ pass: GatewayPass, manageNumber: String, variantId: String, version21: Bool) -> Response
    {
        let key = RakutenSKUKey(manageNumber: manageNumber, variantId: variantId)
        guard let row = withShop(pass.shopCode, { $0.inventory[key] }) ?? nil else {
            return V.response(
                [V.error("GE0014", "Not found for inputs; manageNumber=\(key.manageNumber), variantId=\(variantId)")],
                status: .notFound
            )
        }
        return SandboxHTTP.json(row.json(version21: version21))
    }

    func inventoryVariantUpsert(_ pass: GatewayPass, manageNumber: String, variantId: String, version21: Bool)
        -> Response
    {
        guard let body = pass.body, body.objectValue != nil else {
            return V.response([V.error("GE0011", "Request body is missing or is empty.")])
        }
        var errors: [SandboxJSON] = []
        let m = V.identifier(.string(manageNumber), name: "manageNumber", prefix: "", errors: &errors)
        let v = V.identifier(.string(variantId), name: "variantId", prefix: "", errors: &errors)
        let key = m.flatMap { m in v.map { RakutenSKUKey(manageNumber: m, variantId: $0) } }
        let upsert = V.upsert(body, key: key, prefix: "", version21: version21, errors: &errors)
        guard errors.isEmpty, let upsert else { return V.response(errors) }
        return applyUpserts([upsert], pass: pass, version21: version21, paths: [""])
    }

    func inventoryVariantDelete(_ pass: GatewayPass, manageNumber: String, variantId: String) -> Response {
        let key = RakutenSKUKey(manageNumber: manageNumber, variantId: variantId)
        let removed = withShop(pass.shopCode) { $0.inventory.removeValue(forKey: key) != nil } ?? false
        guard removed else {
            return V.response(
                [V.error("GE0014", "Not found for inputs; manageNumber=\(key.manageNumber), variantId=\(variantId)")],
                status: .notFound
            )
        }
        return SandboxHTTP.empty(status: .noContent)
    }

    func inventoryBulkGet(_ pass: GatewayPass, version21: Bool) -> Response {
        var errors: [SandboxJSON] = []
        guard let entries = listBody(pass, name: "inventories", max: 1000, errors: &errors) else {
            return V.response(errors)
        }
        var keys: [RakutenSKUKey] = []
        var seen = Set<RakutenSKUKey>()
        for (index, entry) in entries.enumerated() {
            let prefix = "inventories[\(index)]."
            let m = V.identifier(entry["manageNumber"], name: "manageNumber", prefix: prefix, errors: &errors)
            let v = V.identifier(entry["variantId"], name: "variantId", prefix: prefix, errors: &errors)
            guard let m, let v else { continue }
            let key = RakutenSKUKey(manageNumber: m, variantId: v)
            if !seen.insert(key).inserted {
                errors.append(
                    V.error(
                        "IE1102",
                        "There are multiple occurrences of same manageNumber and variantId : \(key.manageNumber), \(v)",
                        path: "inventories[\(index)]"
                    )
                )
            }
            keys.append(key)
        }
        guard errors.isEmpty else { return V.response(errors) }
        let rows = withShop(pass.shopCode) { shop in keys.compactMap { shop.inventory[$0] } } ?? []
        return SandboxHTTP.json(.fields(["inventories": .array(rows.map { $0.json(version21: version21) })]))
    }

    func inventoryBulkGetRange(_ pass: GatewayPass, request: Request, version21: Bool) -> Response {
        let query = request.uri.queryParameters
        let minText = query.get("minQuantity")
        let maxText = query.get("maxQuantity")
        guard minText != nil || maxText != nil else {
            return V.response([V.error("IE0105", "Either minQuantity or maxQuantity is mandatory.")])
        }
        var errors: [SandboxJSON] = []
        func bound(_ text: String?, _ name: String) -> Int? {
            guard let text else { return nil }
            guard let value = Int(text), (0...99_999).contains(value) else {
                errors.append(V.error("IE0003", "\(name) must be between 0 and 99999.", path: name))
                return nil
            }
            return value
        }
        let low = bound(minText, "minQuantity") ?? 0
        let high = bound(maxText, "maxQuantity") ?? 99_999
        guard errors.isEmpty else { return V.response(errors) }
        guard low <= high else {
            return V.response([V.error("IE0113", "minQuantity must be less than or equal to maxQuantity.")])
        }
        let rows =
            withShop(pass.shopCode) { shop in shop.inventory.values.filter { (low...high).contains($0.quantity) } }
            ?? []
        guard rows.count <= 1000 else {
            return V.response([V.error("IE0116", "Too many search results. Please narrow down the quantity range.")])
        }
        let sorted = rows.sorted { ($0.updated, $0.key) > ($1.updated, $1.key) }
        return SandboxHTTP.json(.fields(["inventories": .array(sorted.map { $0.json(version21: version21) })]))
    }

    func inventoryBulkUpsert(_ pass: GatewayPass, version21: Bool) -> Response {
        var errors: [SandboxJSON] = []
        guard let entries = listBody(pass, name: "inventories", max: 400, errors: &errors) else {
            return V.response(errors)
        }
        var upserts: [RakutenInventoryValidation.Upsert] = []
        var paths: [String] = []
        var seen = Set<RakutenSKUKey>()
        for (index, entry) in entries.enumerated() {
            let prefix = "inventories[\(index)]."
            let m = V.identifier(entry["manageNumber"], name: "manageNumber", prefix: prefix, errors: &errors)
            let v = V.identifier(entry["variantId"], name: "variantId", prefix: prefix, errors: &errors)
            let key = m.flatMap { m in v.map { RakutenSKUKey(manageNumber: m, variantId: $0) } }
            if let key, !seen.insert(key).inserted {
                errors.append(
                    V.error(
                        "IE1102",
                        "There are multiple occurrences of same manageNumber and variantId : \(key.manageNumber), \(key.variantId)",
                        path: "inventories[\(index)]"
                    )
                )
            }
            if let upsert = V.upsert(entry, key: key, prefix: prefix, version21: version21, errors: &errors) {
                upserts.append(upsert)
                paths.append(prefix)
            }
        }
        guard errors.isEmpty else { return V.response(errors) }
        return applyUpserts(upserts, pass: pass, version21: version21, paths: paths)
    }

    func inventoryVariantList(_ pass: GatewayPass, manageNumber: String) -> Response {
        guard let item = withShop(pass.shopCode, { $0.items[manageNumber.lowercased()] }) ?? nil else {
            return V.response(
                [V.error("GE0014", "Not found for inputs; manageNumber=\(manageNumber.lowercased())")],
                status: .notFound
            )
        }
        return SandboxHTTP.json(
            .fields([
                "manageNumber": .string(item.manageNumber),
                "variantList": .array(item.variants.map { .string($0.variantId) }),
                "created": .string(RakutenDates.isoDatetime(item.created)),
                "updated": .string(RakutenDates.isoDatetime(item.updated)),
            ])
        )
    }

    /// Applies validated upserts atomically: IE0500 (RELATIVE on an unknown pair) and IE0117 (result outside
    /// 0..99999) reject the whole request; unknown SKUs become orphan rows.
    private func applyUpserts(
        _ upserts: [RakutenInventoryValidation.Upsert],
        pass: GatewayPass,
        version21: Bool,
        paths: [String]
    ) -> Response {
        let now = pass.now
        let errors: [SandboxJSON] =
            withShop(pass.shopCode) { shop in
                var errors: [SandboxJSON] = []
                var working = shop.inventory
                for (index, upsert) in upserts.enumerated() {
                    let existing = working[upsert.key]
                    if upsert.relative && existing == nil {
                        errors.append(
                            V.error(
                                "IE0500",
                                "Inventory does not exist for manageNumber=\(upsert.key.manageNumber), variantId=\(upsert.key.variantId). Use ABSOLUTE mode to create it.",
                                path: paths[index] + "mode"
                            )
                        )
                        continue
                    }
                    let quantity = upsert.relative ? (existing?.quantity ?? 0) + upsert.quantity : upsert.quantity
                    guard (0...99_999).contains(quantity) else {
                        errors.append(
                            V.error(
                                "IE0117",
                                "After update, the quantity must be between 0 and 99999.",
                                path: paths[index] + "quantity"
                            )
                        )
                        continue
                    }
                    var row =
                        existing
                        ?? RakutenInventoryRow(
                            key: upsert.key,
                            quantity: 0,
                            created: now,
                            updated: now,
                            isOrphan: !shop.hasSKU(upsert.key)
                        )
                    row.quantity = quantity
                    row.updated = now
                    if version21 {
                        // 2.1 upsert is not a partial update: lead times not sent are removed (§4.1).
                        row.normalDeliveryTimeId = upsert.normalDeliveryTimeId
                        row.backOrderDeliveryTimeId = upsert.backOrderDeliveryTimeId
                        row.shipFromIds = upsert.shipFromIds
                    }
                    working[upsert.key] = row
                }
                if errors.isEmpty { shop.inventory = working }
                return errors
            } ?? []
        return errors.isEmpty ? SandboxHTTP.empty(status: .noContent) : V.response(errors)
    }

    /// The list member `name` of the body: IE0001 when missing or empty, IE1101 above `max`.
    private func listBody(_ pass: GatewayPass, name: String, max: Int, errors: inout [SandboxJSON]) -> [SandboxJSON]? {
        guard let body = pass.body, body.objectValue != nil else {
            errors.append(V.error("GE0011", "Request body is missing or is empty."))
            return nil
        }
        guard let list = body[name]?.arrayValue, !list.isEmpty else {
            errors.append(V.error("IE0001", "\(name) is mandatory.", path: name))
            return nil
        }
        guard list.count <= max else {
            errors.append(V.error("IE1101", "The number of \(name) must be between 1 and \(max).", path: name))
            return nil
        }
        return list
    }
}
