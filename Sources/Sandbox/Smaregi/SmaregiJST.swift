import Foundation

/// Smaregi date-times: `YYYY-MM-DDThh:mm:ss+09:00` in responses, any `±hh:mm` offset accepted in requests
/// (reference smaregi.md §2). Hand-written so the format is exact and the type is trivially `Sendable`.
enum SmaregiJST {
    /// Japan Standard Time (no daylight saving, so a fixed +09:00 offset is exact).
    static let timeZone = TimeZone(secondsFromGMT: 9 * 3600) ?? TimeZone.current

    /// Formats `date` as `2026-02-10T16:36:27+09:00`.
    static func format(_ date: Date) -> String {
        let parts = components(of: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d+09:00",
            parts.year ?? 0,
            parts.month ?? 0,
            parts.day ?? 0,
            parts.hour ?? 0,
            parts.minute ?? 0,
            parts.second ?? 0
        )
    }

    /// Formats the JST calendar day of `date` as `2026-02-10`.
    static func formatDay(_ date: Date) -> String {
        let parts = components(of: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Parses `YYYY-MM-DDThh:mm:ss±hh:mm`; `nil` for anything else (a space where `+` was, `Z`, no offset).
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 25 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        let separators: [(Int, UInt8)] = [(4, 45), (7, 45), (10, 84), (13, 58), (16, 58), (22, 58)]
        for (index, byte) in separators where bytes[index] != byte { return nil }
        guard bytes[19] == 43 || bytes[19] == 45,
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            let offsetHours = number(20..<22), let offsetMinutes = number(23..<25),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let sign = bytes[19] == 43 ? 1 : -1
        var calendar = Calendar(identifier: .gregorian)
        guard let zone = TimeZone(secondsFromGMT: sign * (offsetHours * 3600 + offsetMinutes * 60)) else { return nil }
        calendar.timeZone = zone
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: parts), calendar.component(.day, from: date) == day else { return nil }
        return date
    }

    /// Parses a `YYYY-MM-DD` day in JST (start of that day).
    static func parseDay(_ text: String) -> Date? {
        parse(text + "T00:00:00+09:00")
    }

    private static func components(of date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }
}
