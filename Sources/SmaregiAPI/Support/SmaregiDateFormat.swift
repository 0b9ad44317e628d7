import Foundation

/// The one date format of the Smaregi APIs: `YYYY-MM-DDThh:mm:ss+09:00`, always written in JST
/// (smaregi.md §2: "UTCで取引登録すると、その時刻がJSTとして扱われてしまう").
package enum SmaregiDateFormat {
    /// Japan Standard Time.
    package static let jst = TimeZone(identifier: "Asia/Tokyo") ?? TimeZone(secondsFromGMT: 9 * 3600) ?? .current

    /// `2026-02-10T16:36:27+09:00`.
    package static func string(from date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
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

    /// The JST day `2026-02-10`.
    package static func dayString(from date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Parses `YYYY-MM-DDThh:mm:ss±hh:mm` (any offset); `nil` otherwise.
    package static func date(from text: String) -> Date? {
        let scalars = Array(text.utf8)
        guard scalars.count == 25, scalars[10] == UInt8(ascii: "T"), scalars[22] == UInt8(ascii: ":"),
            scalars[19] == UInt8(ascii: "+") || scalars[19] == UInt8(ascii: "-")
        else { return nil }
        func number(_ start: Int, _ length: Int) -> Int? {
            Int(String(decoding: scalars[start..<start + length], as: UTF8.self))
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), let offsetHours = number(20, 2),
            let offsetMinutes = number(23, 2)
        else { return nil }
        let sign = scalars[19] == UInt8(ascii: "+") ? 1 : -1
        var utc = Calendar(identifier: .gregorian)
        guard let zone = TimeZone(secondsFromGMT: sign * (offsetHours * 3600 + offsetMinutes * 60)) else { return nil }
        utc.timeZone = zone
        return utc.date(
            from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        )
    }

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = jst
        return calendar
    }
}
