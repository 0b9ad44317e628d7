import Foundation

/// How far a job has safely got (docs/design.md §4.8), as every job stores it in `watermarks.value`: one instant to the
/// whole second, written as ISO 8601 in UTC (`2026-11-28T01:00:00Z`).
///
/// The orders job's watermark is Rakuten's time at the end of its date search, the shipping job's the end of its
/// Smaregi read, the stock job's the moment its Smaregi read began. Reading also accepts the forms earlier versions
/// wrote, so a database of an older version keeps working: the orders job's RMS order-API time
/// (`2026-11-28T10:00:00+0900`) and the shipping job's Smaregi time (`2026-11-28T10:00:00+09:00`); the stock job
/// already wrote the UTC form.
package struct Watermark: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The instant, to the whole second.
    package let date: Date

    /// The watermark at `date`, cut to the whole second below (never later than `date`, as every earlier form was).
    package init(date: Date) {
        self.date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// The watermark stored as `text`, or nil when it is none of the forms above (a hand-edited value).
    package init?(text: String) {
        guard let date = Self.parse(text) else { return nil }
        self.init(date: date)
    }

    /// The stored text: `yyyy-MM-ddTHH:mm:ssZ` in UTC.
    package var text: String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    package var description: String { text }

    package static func < (lhs: Watermark, rhs: Watermark) -> Bool {
        lhs.date < rhs.date
    }

    /// Parses `yyyy-MM-ddTHH:mm:ss` followed by `Z`, `±hh:mm` or `±hhmm`.
    private static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":")
        else { return nil }
        func number(_ start: Int, _ length: Int) -> Int? {
            let digits = bytes[start..<start + length]
            guard digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
            return Int(String(decoding: digits, as: UTF8.self))
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), let offset = offsetSeconds(bytes[19...])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        guard let zone = TimeZone(secondsFromGMT: offset) else { return nil }
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }

    /// The offset from UTC of `Z`, `±hh:mm` or `±hhmm`; nil for anything else.
    private static func offsetSeconds(_ zone: ArraySlice<UInt8>) -> Int? {
        let zone = Array(zone)
        if zone == [UInt8(ascii: "Z")] { return 0 }
        guard let sign = zone.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        var digits = Array(zone.dropFirst())
        if digits.count == 5, digits[2] == UInt8(ascii: ":") { digits.remove(at: 2) }
        guard digits.count == 4, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let hours = Int(String(decoding: digits[0..<2], as: UTF8.self)),
            let minutes = Int(String(decoding: digits[2..<4], as: UTF8.self)), hours <= 23, minutes <= 59
        else { return nil }
        return (sign == UInt8(ascii: "+") ? 1 : -1) * (hours * 3600 + minutes * 60)
    }
}
