import Foundation
import Hummingbird

/// ItemAPI 2.0 items.get and items.bulk.get (rakuten-rms.md §5), and the license expiry API (§1.2).
extension RakutenSandbox {
    private typealias V = RakutenInventoryValidation

    func itemGet(_ pass: GatewayPass, manageNumber: String) -> Response {
        guard let item = withShop(pass.shopCode, { $0.items[manageNumber.lowercased()] }) ?? nil else {
            return V.response(
                [V.error("GE0014", "No item found for inputs; manageNumber=\(manageNumber)")],
                status: .notFound
            )
        }
        return SandboxHTTP.json(Self.itemJSON(item))
    }

    func itemBulkGet(_ pass: GatewayPass) -> Response {
        guard let numbers = pass.body?["manageNumbers"]?.arrayValue, !numbers.isEmpty else {
            return V.response([V.error("IE0001", "manageNumbers is mandatory.", path: "manageNumbers")])
        }
        guard numbers.count <= 50 else {
            return V.response([
                V.error("IE1101", "The number of manageNumbers must be between 1 and 50.", path: "manageNumbers")
            ])
        }
        var errors: [SandboxJSON] = []
        var seen = Set<String>()
        var list: [String] = []
        for (index, value) in numbers.enumerated() {
            guard let text = value.stringValue, !text.isEmpty else {
                errors.append(
                    V.error(
                        "IE0002",
                        "manageNumbers has an invalid value : \(value.serializedText).",
                        path: "manageNumbers[\(index)]"
                    )
                )
                continue
            }
            if !seen.insert(text.lowercased()).inserted {
                errors.append(
                    V.error(
                        "IE1106",
                        "There are multiple occurrences of same manageNumber : \(text)",
                        path: "manageNumbers[\(index)]"
                    )
                )
            }
            list.append(text.lowercased())
        }
        guard errors.isEmpty else { return V.response(errors) }
        let items = withShop(pass.shopCode) { shop in list.compactMap { shop.items[$0] } } ?? []
        return SandboxHTTP.json(.fields(["results": .array(items.map(Self.itemJSON))]))
    }

    func licenseExpiry(_ pass: GatewayPass, request: Request) -> Response {
        guard let key = request.uri.queryParameters.get("licenseKey"), let shop = shop(pass.shopCode),
            key == shop.licenseKey
        else {
            return SandboxHTTP.json(
                .fields(["errors": .array([V.error("GE0014", "Not found for inputs; licenseKey")])]),
                status: .notFound
            )
        }
        return SandboxHTTP.json(.fields(["expiryDate": .string(RakutenDates.localDatetime(shop.licenseExpiry))]))
    }

    /// The item as items.get returns it: `variants` keyed by variantId, `variantSelectors`, `payment`.
    static func itemJSON(_ item: RakutenItem) -> SandboxJSON {
        var variants = SandboxJSONObject()
        for variant in item.variants {
            var selectorValues = SandboxJSONObject()
            for pair in variant.selectorValues { selectorValues[pair.key] = .string(pair.value) }
            var object = SandboxJSONObject()
            object["selectorValues"] = .object(selectorValues)
            if let merchantDefinedSkuId = variant.merchantDefinedSkuId {
                object["merchantDefinedSkuId"] = .string(merchantDefinedSkuId)
            }
            object["standardPrice"] = .string(String(variant.price))
            if let articleNumber = variant.articleNumber {
                object["articleNumber"] = .fields(["value": .string(articleNumber)])
            }
            object["hidden"] = .bool(variant.hidden)
            object["restockOnCancel"] = .bool(item.restockOnCancel)
            object["backOrderFlag"] = .bool(false)
            variants[variant.variantId] = .object(object)
        }
        let selectors: [SandboxJSON] = item.selectorKeys.map { key in
            var values: [String] = []
            for variant in item.variants {
                for pair in variant.selectorValues where pair.key == key && !values.contains(pair.value) {
                    values.append(pair.value)
                }
            }
            return .fields([
                "key": .string(key), "displayName": .string(key),
                "values": .array(values.map { .fields(["displayValue": .string($0)]) }),
            ])
        }
        return .fields([
            "manageNumber": .string(item.manageNumber), "itemNumber": .string(item.itemNumber),
            "title": .string(item.title),
            "itemType": .string("NORMAL"), "hideItem": .bool(false),
            "unlimitedInventoryFlag": .bool(!item.inventoryManaged),
            "payment": .fields([
                "taxIncluded": .bool(item.taxIncluded),
                "taxRate": .string(item.taxRatePercent == 0 ? "0" : String(Double(item.taxRatePercent) / 100)),
                "cashOnDeliveryFeeIncluded": .bool(false),
            ]),
            "variantSelectors": .array(selectors), "variants": .object(variants),
            "created": .string(RakutenDates.isoDatetime(item.created)),
            "updated": .string(RakutenDates.isoDatetime(item.updated)),
        ])
    }
}
