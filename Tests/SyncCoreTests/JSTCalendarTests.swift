import Foundation
import SyncCore
import Testing

struct JSTCalendarTests {
    @Test(arguments: [
        ("2026-11-28", "2026-11-28T14:59:59Z"),
        ("2027-02-28", "2027-02-28T14:59:59Z"),
        ("2024-02-29", "2024-02-29T14:59:59Z"),
    ])
    func licenseKeysExpireAtJSTEndOfDay(text: String, utc: String) throws {
        let expected = try #require(ISO8601DateFormatter().date(from: utc))
        #expect(JSTCalendar.endOfDay(text) == expected)
    }

    @Test(arguments: ["2027-02-30", "2027-13-01", "27-02-01", "2027/02/01", "", "2027-02-1"])
    func rejectsImpossibleDates(text: String) {
        #expect(JSTCalendar.endOfDay(text) == nil)
    }

    @Test func daysCountJSTCalendarDays() throws {
        // 2026-11-28 23:30 JST is 14:30 UTC; the key expiring 2026-12-01 23:59:59 JST is 3 days away.
        let now = try #require(ISO8601DateFormatter().date(from: "2026-11-28T14:30:00Z"))
        let expiry = try #require(JSTCalendar.endOfDay("2026-12-01"))
        #expect(JSTCalendar.daysUntil(expiry, from: now) == 3)
        #expect(JSTCalendar.dayString(now) == "2026-11-28")
        // 16:00 UTC is already the next day in Japan.
        #expect(JSTCalendar.dayString(now.addingTimeInterval(90 * 60)) == "2026-11-29")
    }
}
