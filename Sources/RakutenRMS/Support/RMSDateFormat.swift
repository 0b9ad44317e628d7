import Foundation

/// The date and time formats of the RMS API families; each family has its own (rakuten-rms.md §8 pitfall 1).
///
/// - `orderDateTime`: order API datetimes, `yyyy-MM-dd'T'HH:mm:ss+0900` with NO colon in the offset. `+09:00`, `Z`
///   and fractional seconds are rejected with `…_ERROR_011` (rakuten-rms.md §3.2). `ISO8601DateFormatter` must not be
///   used: it writes `+09:00`.
/// - `orderDate`: order API dates (`cancelDueDate`, `shippingDate`…), `yyyy-MM-dd` in JST.
/// - `inventoryDateTime`: InventoryAPI 2.x / ItemAPI 2.0 timestamps, `+09:00` WITH a colon (rakuten-rms.md §4.1, §5).
/// - `licenseExpiry`: the license expiry date, `yyyy-MM-dd'T'HH:mm:ss` with no offset, meaning JST (rakuten-rms.md §1.2).
package enum RMSDateFormat: Sendable, Equatable, CaseIterable {
    /// `yyyy-MM-dd'T'HH:mm:ss+0900` (order API).
    case orderDateTime
    /// `yyyy-MM-dd` in JST (order API dates).
    case orderDate
    /// `yyyy-MM-dd'T'HH:mm:ss+09:00` (inventory and items APIs).
    case inventoryDateTime
    /// `yyyy-MM-dd'T'HH:mm:ss`, JST implied (license expiry).
    case licenseExpiry

    /// Japan Standard Time, the zone of every RMS timestamp.
    package static let japanTimeZone =
        TimeZone(identifier: "Asia/Tokyo") ?? TimeZone(secondsFromGMT: 9 * 3600) ?? .current

    /// The `DateFormatter` pattern of this format.
    package var pattern: String {
        switch self {
        case .orderDateTime: "yyyy-MM-dd'T'HH:mm:ssZ"
        case .orderDate: "yyyy-MM-dd"
        case .inventoryDateTime: "yyyy-MM-dd'T'HH:mm:ssZZZZZ"
        case .licenseExpiry: "yyyy-MM-dd'T'HH:mm:ss"
        }
    }

    /// Formats `date` in JST.
    package func string(from date: Date) -> String {
        makeFormatter().string(from: date)
    }

    /// Parses `string`; `nil` when it is not exactly in this format. `DateFormatter` alone would also accept
    /// `+09:00` or `Z` for `+0900`, so the parsed date must format back to the same text.
    package func date(from string: String) -> Date? {
        let formatter = makeFormatter()
        guard let date = formatter.date(from: string), formatter.string(from: date) == string else { return nil }
        return date
    }

    /// A fresh formatter (formatters are not shared across threads).
    private func makeFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = Self.japanTimeZone
        formatter.dateFormat = pattern
        return formatter
    }
}
