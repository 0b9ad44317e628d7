import Foundation

/// The ship date Rakuten wants: `yyyy-MM-dd` in JST (rakuten-rms.md §3.5; `2018/01/25` is `…_ERROR_011`).
package enum ShipDate {
    /// Smaregi's `shipDate` (`YYYY-MM-DD`, JST; `YYYY/MM/DD` and an ISO 8601 date-time are accepted too) as
    /// Rakuten's `yyyy-MM-dd`; an empty or unreadable value gives the day of `fallback` in JST.
    package static func rakuten(_ smaregi: String, fallback: Date) -> String {
        let text = smaregi.trimmingCharacters(in: .whitespaces)
        if text.count >= 19, let date = try? Date.ISO8601FormatStyle().parse(String(text)) {
            return JSTCalendar.dayString(date)
        }
        let day = String(text.prefix(10)).replacingOccurrences(of: "/", with: "-")
        if JSTCalendar.endOfDay(day) != nil {
            return day
        }
        return JSTCalendar.dayString(fallback)
    }
}
