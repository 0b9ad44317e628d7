import Foundation

/// The date formats of the Rakuten APIs: order API `+0900`, inventory/items `+09:00`, license expiry without
/// an offset (all JST; reference §3.2, §4.1, §1.2).
enum RakutenDates {
    static let japan = TimeZone(identifier: "Asia/Tokyo") ?? TimeZone(secondsFromGMT: 9 * 3600) ?? .current

    private static func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = japan
        formatter.dateFormat = format
        formatter.isLenient = false
        return formatter
    }

    /// `2024-06-24T13:40:33+0900` (order API).
    static func orderDatetime(_ date: Date) -> String { formatter("yyyy-MM-dd'T'HH:mm:ssZ").string(from: date) }

    /// `2022-01-01T19:00:00+09:00` (inventory and items APIs).
    static func isoDatetime(_ date: Date) -> String { formatter("yyyy-MM-dd'T'HH:mm:ssXXXXX").string(from: date) }

    /// `2027-02-26T23:59:59` (license expiry, JST without offset).
    static func localDatetime(_ date: Date) -> String { formatter("yyyy-MM-dd'T'HH:mm:ss").string(from: date) }

    /// `2024-06-25` (dates in the order API).
    static func day(_ date: Date) -> String { formatter("yyyy-MM-dd").string(from: date) }

    /// `20180101120000` (the suffix of async shipping request ids).
    static func compact(_ date: Date) -> String { formatter("yyyyMMddHHmmss").string(from: date) }

    /// Parses exactly `yyyy-MM-dd'T'HH:mm:ss+0900`; anything else (`+09:00`, `Z`, no offset) is `nil` (§3.2).
    static func parseOrderDatetime(_ text: String) -> Date? {
        guard text.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0900/) != nil else { return nil }
        let format = formatter("yyyy-MM-dd'T'HH:mm:ssZ")
        guard let date = format.date(from: text), format.string(from: date) == text else { return nil }
        return date
    }

    /// Parses exactly `yyyy-MM-dd` as a real calendar day.
    static func parseDay(_ text: String) -> Date? {
        guard text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else { return nil }
        let format = formatter("yyyy-MM-dd")
        guard let date = format.date(from: text), format.string(from: date) == text else { return nil }
        return date
    }

    /// Parses `yyyy-MM-dd'T'HH:mm:ss` as JST (license expiry in control bodies).
    static func parseLocalDatetime(_ text: String) -> Date? { formatter("yyyy-MM-dd'T'HH:mm:ss").date(from: text) }

    /// 23:59:59 JST on the day `days` after `date` (license keys expire at the end of the 90th day, §1.2).
    static func endOfDay(_ date: Date, plusDays days: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = japan
        let shifted = calendar.date(byAdding: .day, value: days, to: date) ?? date
        let start = calendar.startOfDay(for: shifted)
        return start.addingTimeInterval(86_399)
    }
}
