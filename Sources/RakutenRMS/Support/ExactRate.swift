import Foundation

/// A rate (tax rate, point rate…) decoded exactly as written on the wire, e.g. `0.1` or `0.08` (rakuten-rms.md §9).
///
/// `JSONDecoder` may read a JSON number into a `Decimal` through `Double`, which turns `0.1` into
/// `0.1000000000000000055…`. This wrapper reads the number as a `Double` and rebuilds the `Decimal` from its
/// shortest round-trip text (`"0.1"`), which is exact for the short decimals RMS sends. A string such as `"0.08"`
/// (ItemAPI `payment.taxRate`, rakuten-rms.md §5) is accepted too. `null` and a missing key decode as `nil`.
@propertyWrapper
package struct ExactRate: Sendable, Equatable, Hashable {
    /// The rate, `nil` when absent or `null`.
    package var wrappedValue: Decimal?

    /// Wraps a rate.
    package init(wrappedValue: Decimal?) {
        self.wrappedValue = wrappedValue
    }

    /// Converts a decoded `Double` to the `Decimal` its shortest text spells.
    package static func exactDecimal(_ value: Double) -> Decimal? {
        Decimal(string: String(describing: value), locale: Locale(identifier: "en_US_POSIX"))
    }
}

extension ExactRate: Codable {
    /// Decodes a JSON number, a numeric string or `null`.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            wrappedValue = nil
        } else if let double = try? container.decode(Double.self) {
            wrappedValue = Self.exactDecimal(double)
        } else {
            let text = try container.decode(String.self).trimmingCharacters(in: .whitespaces)
            wrappedValue = text.isEmpty ? nil : Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        }
    }

    /// Encodes the rate as a JSON number, or `null`.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension KeyedDecodingContainer {
    /// Lets a missing key decode as a `nil` rate (synthesised `Codable` would otherwise require the key).
    func decode(_ type: ExactRate.Type, forKey key: Key) throws -> ExactRate {
        try decodeIfPresent(type, forKey: key) ?? ExactRate(wrappedValue: nil)
    }
}
