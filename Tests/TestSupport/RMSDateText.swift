import Foundation

/// The tests' one formatter for Rakuten RMS date-times (docs/reference/rakuten-rms.md): the order API's
/// `yyyy-MM-dd'T'HH:mm:ss+0900` (JST, offset without a colon) and the license API's expiry without an offset.
package enum RMSDateText {
    /// `date` as the order API writes it, e.g. `2026-11-28T10:00:00+0900`.
    package static func orderDatetime(_ date: Date) -> String {
        formatter("yyyy-MM-dd'T'HH:mm:ssZ").string(from: date)
    }

    /// The instant of a license expiry as the license API writes it (`2027-02-26T23:59:59`, JST, no offset).
    package static func date(licenseExpiry text: String) -> Date? {
        formatter("yyyy-MM-dd'T'HH:mm:ss").date(from: text)
    }

    private static func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Tokyo")
        formatter.dateFormat = format
        return formatter
    }
}
