import Foundation

/// Japan Standard Time calendar helpers: merchants read dates in JST, and RMS license keys expire at
/// 23:59:59 JST (rakuten-rms.md §1.2).
package enum JSTCalendar {
    /// Asia/Tokyo (UTC+9, no daylight saving).
    package static let timeZone = TimeZone(identifier: "Asia/Tokyo") ?? TimeZone(secondsFromGMT: 9 * 3600) ?? .gmt

    /// A Gregorian calendar in JST.
    package static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// 23:59:59 JST of a `yyyy-MM-dd` date, or `nil` when the text is not a real date.
    package static func endOfDay(_ text: String) -> Date? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day, hour: 23, minute: 59, second: 59)
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month
        else { return nil }
        return date
    }

    /// `yyyy-MM-dd` in JST (report folder names, ship dates).
    package static func dayString(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `yyyy-MM-dd HH:mm:ss` in JST, for people.
    package static func displayString(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d",
            parts.year ?? 0,
            parts.month ?? 0,
            parts.day ?? 0,
            parts.hour ?? 0,
            parts.minute ?? 0,
            parts.second ?? 0
        )
    }

    /// Whole days from `now` until `date` (negative once passed), counted by JST calendar days.
    package static func daysUntil(_ date: Date, from now: Date) -> Int {
        let start = calendar.startOfDay(for: now)
        let end = calendar.startOfDay(for: date)
        return calendar.dateComponents([.day], from: start, to: end).day ?? 0
    }

    /// "3分前", "2時間前"-style age for status screens, with English.
    package static func ageDescription(from date: Date, to now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(date)))
        switch seconds {
        case ..<60: return "\(seconds)秒前 (\(seconds)s ago)"
        case ..<3600: return "\(seconds / 60)分前 (\(seconds / 60)m ago)"
        case ..<86_400: return "\(seconds / 3600)時間前 (\(seconds / 3600)h ago)"
        default: return "\(seconds / 86_400)日前 (\(seconds / 86_400)d ago)"
        }
    }
}
