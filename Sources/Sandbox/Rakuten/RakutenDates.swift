import Foundation

/// The date formats of the Rakuten APIs: order API `+0900`, inventory/items `+09:00`, license expiry without
/// an offset (all JST; rakuten-rms.md §3.2, §4.1, §1.2).
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
    ///
    /// Done by hand (no `DateFormatter`): searches parse every stored order's dates.
    static func parseOrderDatetime(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 24, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
            bytes[16] == 0x3A, text.hasSuffix("+0900")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24, minute < 60,
            second < 60
        else { return nil }
        let seconds = daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds - 9 * 3600))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
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
