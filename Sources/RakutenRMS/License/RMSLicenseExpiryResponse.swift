import Foundation

/// License expiry response `{"expiryDate": "2026-11-28T23:59:59"}`: no offset, meaning JST (rakuten-rms.md §1.2).
package struct RMSLicenseExpiryResponse: Codable, Sendable, Equatable {
    /// The expiry timestamp as sent.
    package var expiryDate: String

    enum CodingKeys: String, CodingKey {
        case expiryDate
    }

    /// `expiryDate` as a `Date` (JST); `nil` when not in `yyyy-MM-dd'T'HH:mm:ss` form.
    package var expiry: Date? {
        RMSDateFormat.licenseExpiry.date(from: expiryDate)
    }
}
