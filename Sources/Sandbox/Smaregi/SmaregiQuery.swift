import Foundation

/// The query string of a request, decoded the way a form-decoding server does: `+` becomes a space and `%XX` is
/// unescaped. That is why an unencoded `+09:00` arrives as ` 09:00` and must be rejected (smaregi.md §2, §9.2).
struct SmaregiQuery: Sendable {
    /// Decoded `(name, value)` pairs in request order.
    var items: [(name: String, value: String)]
    /// The raw (still percent-encoded) query, used to build the `Link` header of the next page.
    var raw: String

    init(raw: String?) {
        self.raw = raw ?? ""
        items = self.raw.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            return (name, value)
        }
    }

    /// The last value given for `name`.
    subscript(_ name: String) -> String? {
        items.last { $0.name == name }?.value
    }

    /// Whether `name` was sent at all.
    func contains(_ name: String) -> Bool {
        items.contains { $0.name == name }
    }

    /// A non-negative integer parameter; 400 when present but not a number.
    func integer(_ name: String) throws -> Int? {
        guard let text = self[name] else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw SmaregiProblem.badRequest("\(name) の値が不正です: \(text)")
        }
        return value
    }

    /// A date-time parameter; 400 when it is not `YYYY-MM-DDThh:mm:ss±hh:mm` (a raw `+` arrives as a space).
    func dateTime(_ name: String) throws -> Date? {
        guard let text = self[name] else { return nil }
        guard let date = SmaregiJST.parse(text) else {
            throw SmaregiProblem.badRequest("\(name) の日時の形式が不正です: \(text)")
        }
        return date
    }

    /// A `name-from` / `name-to` pair, each optional; 400 when `from` is after `to` or, with `maxDays`, when the
    /// window is longer than that (31 days for `upd_date_time` on stock and products, smaregi.md §3.3).
    func dateRange(_ name: String, maxDays: Int?) throws -> ClosedRange<Date>? {
        let from = try dateTime(name + "-from")
        let to = try dateTime(name + "-to")
        guard from != nil || to != nil else { return nil }
        let lower = from ?? .distantPast
        let upper = to ?? .distantFuture
        guard lower <= upper else {
            throw SmaregiProblem.badRequest("\(name)-from は \(name)-to 以前の日時を指定してください")
        }
        if let maxDays, let from, let to, to.timeIntervalSince(from) > Double(maxDays) * 86_400 {
            throw SmaregiProblem.badRequest("\(name) の期間は\(maxDays)日以内で指定してください")
        }
        return lower...upper
    }

    /// The raw query with `page` replaced by `page`.
    func replacingPage(with page: Int) -> String {
        var parts = raw.split(separator: "&", omittingEmptySubsequences: true).filter {
            !($0 == "page" || $0.hasPrefix("page="))
        }.map(String.init)
        parts.append("page=\(page)")
        return parts.joined(separator: "&")
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
