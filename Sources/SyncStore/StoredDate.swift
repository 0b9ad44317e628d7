import Foundation

/// How SyncStore writes dates: ISO 8601 text in UTC with milliseconds, e.g. `2026-11-28T23:29:50.123Z`.
///
/// Every timestamp column (`created_at`, `started_at`, `last_sent_at`, `license_expiry`...) uses this one
/// fixed-width form, so text order is time order (`ORDER BY started_at` works) and `sqlite3` shows readable
/// values. Sub-millisecond precision is dropped. Reading also accepts ISO 8601 without fractional seconds and
/// with any offset (`2027-03-31T23:59:59+09:00`), for values an operator typed by hand.
enum StoredDate {
    private static let writeStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
    private static let plainStyle = Date.ISO8601FormatStyle(timeZone: .gmt)

    /// The stored text for `date`.
    static func text(_ date: Date) -> String {
        writeStyle.format(date)
    }

    /// The date stored as `text`, or nil when it is not ISO 8601.
    static func date(_ text: String) -> Date? {
        if let date = try? writeStyle.parse(text) {
            return date
        }
        return try? plainStyle.parse(text)
    }

    /// `date` as it reads back from the database (to the millisecond), so a returned record equals the stored one.
    static func normalized(_ date: Date) -> Date {
        StoredDate.date(text(date)) ?? date
    }
}
