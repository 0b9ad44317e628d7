import Foundation

/// `limit` / `page` / `sort` / `fields` of a list request (smaregi.md §3.2) and the page it selects.
struct SmaregiListing: Sendable {
    /// 1…1000, default 100; anything else is a 400.
    var limit: Int
    /// 1…, default 1.
    var page: Int
    /// Sort keys in priority order.
    var sort: [(field: String, descending: Bool)]
    /// `fields=a,b`: the only keys returned (POS only).
    var fields: [String]?

    /// Parses and checks the list parameters against the fields a resource can be sorted by.
    init(query: SmaregiQuery, sortable: Set<String>, defaultSort: [String], maxLimit: Int = 1000) throws {
        let limit = try query.integer("limit") ?? 100
        guard (1...maxLimit).contains(limit) else {
            throw SmaregiProblem.badRequest("limit は1以上\(maxLimit)以下で指定してください")
        }
        let page = try query.integer("page") ?? 1
        guard page >= 1 else { throw SmaregiProblem.badRequest("page は1以上で指定してください") }
        var sort: [(String, Bool)] = []
        if let text = query["sort"], !text.isEmpty {
            for part in text.split(separator: ",") {
                let pieces = part.split(separator: ":", maxSplits: 1).map(String.init)
                let field = pieces[0].trimmingCharacters(in: .whitespaces)
                let descending: Bool
                switch pieces.count > 1 ? pieces[1].lowercased() : "asc" {
                case "asc": descending = false
                case "desc": descending = true
                default: throw SmaregiProblem.badRequest("sort の指定が不正です: \(part)")
                }
                guard sortable.contains(field) else {
                    throw SmaregiProblem.badRequest("sort に指定できない項目です: \(field)")
                }
                sort.append((field, descending))
            }
        }
        for field in defaultSort where !sort.contains(where: { $0.0 == field }) {
            sort.append((field, false))
        }
        self.limit = limit
        self.page = page
        self.sort = sort
        if let text = query["fields"], !text.isEmpty {
            fields = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            fields = nil
        }
    }

    /// Whether the request asked for no order but the resource's primary key ascending (the default).
    func sortsOnlyAscending(by field: String) -> Bool {
        sort.count == 1 && sort[0].field == field && !sort[0].descending
    }

    /// The requested page of items already in order, and whether another page follows.
    func page<Item>(ofOrdered items: [Item]) -> (page: ArraySlice<Item>, hasNext: Bool) {
        let start = (page - 1) * limit
        guard start < items.count else { return ([], false) }
        let end = min(items.count, start + limit)
        return (items[start..<end], end < items.count)
    }

    /// Sorts `items` by the sort keys (numeric strings compare as numbers) and cuts out the requested page.
    func select<Item>(_ items: [Item], value: (Item, String) -> String?) -> (page: [Item], hasNext: Bool) {
        let sorted = items.sorted { lhs, rhs in
            for key in sort {
                let order = Self.compare(value(lhs, key.field), value(rhs, key.field))
                if order != .orderedSame {
                    return key.descending ? order == .orderedDescending : order == .orderedAscending
                }
            }
            return false
        }
        let selected = page(ofOrdered: sorted)
        return (Array(selected.page), selected.hasNext)
    }

    /// Projects a POS row onto `fields=`; 400 for a field the resource does not have.
    func project(_ row: SmaregiJSONWriter.Row) throws -> SmaregiJSONWriter.Row {
        guard let fields else { return row }
        for field in fields where !row.contains(where: { $0.key == field }) {
            throw SmaregiProblem.badRequest("fields に指定できない項目です: \(field)")
        }
        return row.filter { fields.contains($0.key) }
    }

    /// `Link: <absolute URL of the next page>; rel="next"` when there is one (smaregi.md §3.2, [STAFF:406]).
    func linkHeader(hasNext: Bool, request: SmaregiRequestInfo) -> String? {
        guard hasNext else { return nil }
        return "<http://\(request.host)\(request.path)?\(request.query.replacingPage(with: page + 1))>; rel=\"next\""
    }

    private static func compare(_ lhs: String?, _ rhs: String?) -> ComparisonResult {
        switch (lhs, rhs) {
        case (nil, nil): return .orderedSame
        case (nil, _): return .orderedAscending
        case (_, nil): return .orderedDescending
        case (let left?, let right?):
            if let leftNumber = Int(left), let rightNumber = Int(right) {
                return leftNumber == rightNumber
                    ? .orderedSame : (leftNumber < rightNumber ? .orderedAscending : .orderedDescending)
            }
            return left.compare(right)
        }
    }
}
