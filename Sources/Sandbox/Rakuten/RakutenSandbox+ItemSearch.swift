import Foundation
import Hummingbird

/// items.search (rakuten-rms.md §5): partial filters, `hits` 1…100 (default 10), `offset` 0…10000 or `cursorMark`.
///
/// The real search reflects changes up to 24 hours late; the sandbox reflects them at once, except that the setting
/// `itemSearchDeletedItems` lists deleted items as the real search does (`manageNumber` only).
extension RakutenSandbox {
    private typealias V = RakutenInventoryValidation

    func itemSearch(_ pass: GatewayPass, request: Request) -> Response {
        let query = request.uri.queryParameters
        var errors: [SandboxJSON] = []
        func bounded(_ name: String, _ range: ClosedRange<Int>, default value: Int) -> Int {
            guard let text = query.get(name) else { return value }
            guard let number = Int(text), range.contains(number) else {
                errors.append(
                    V.error(
                        "IE0003",
                        "\(name) must be between \(range.lowerBound) and \(range.upperBound).",
                        path: name
                    )
                )
                return value
            }
            return number
        }
        let hits = bounded("hits", 1...100, default: 10)
        var offset = bounded("offset", 0...10_000, default: 0)
        let cursorMark = query.get("cursorMark")
        if cursorMark != nil, query.get("sortKey") != nil || query.get("sortOrder") != nil {
            errors.append(V.error("IE0002", "cursorMark cannot be used with sortKey or sortOrder.", path: "cursorMark"))
        }
        if let cursorMark, cursorMark != "*" {
            if let decoded = Data(base64Encoded: cursorMark).flatMap({ String(data: $0, encoding: .utf8) }),
                let position = Int(decoded.replacingOccurrences(of: "sandbox:", with: ""))
            {
                offset = position
            } else {
                errors.append(V.error("IE0002", "cursorMark has an invalid value : \(cursorMark).", path: "cursorMark"))
            }
        }
        guard errors.isEmpty else { return V.response(errors) }
        func contains(_ value: String?, _ name: String) -> Bool {
            guard let wanted = query.get(name), !wanted.isEmpty else { return true }
            return value?.localizedCaseInsensitiveContains(wanted) ?? false
        }
        let items: [RakutenItem] =
            withShop(pass.shopCode) { shop in
                shop.itemOrder.compactMap { shop.items[$0] }.filter { item in
                    contains(item.manageNumber, "manageNumber") && contains(item.itemNumber, "itemNumber")
                        && contains(item.title, "title")
                        && item.variants.contains { contains($0.variantId, "variantId") }
                        && item.variants.contains { contains($0.merchantDefinedSkuId ?? "", "merchantDefinedSkuId") }
                }
            } ?? []
        let deleted = currentSettings.itemSearchDeletedItems.filter { contains($0, "manageNumber") }
        let found = items.map(SearchHit.item) + deleted.map(SearchHit.deleted)
        let page = Array(found.dropFirst(offset).prefix(hits))
        var body = SandboxJSONObject()
        body["numFound"] = .int(found.count)
        body["offset"] = .int(offset)
        if cursorMark != nil {
            let next = offset + page.count
            // Like Solr: the page after the last one is empty and echoes the mark it was given.
            let mark = page.isEmpty ? (cursorMark ?? "*") : Data("sandbox:\(next)".utf8).base64EncodedString()
            body["nextCursorMark"] = .string(mark)
        }
        body["results"] = .array(
            page.map { hit in
                switch hit {
                case .item(let item): .fields(["item": Self.itemJSON(item)])
                case .deleted(let manageNumber): .fields(["item": .fields(["manageNumber": .string(manageNumber)])])
                }
            }
        )
        return SandboxHTTP.json(.object(body))
    }

    /// One hit of items.search: an item, or a deleted one (setting `itemSearchDeletedItems`).
    private enum SearchHit {
        case item(RakutenItem)
        case deleted(String)
    }
}
