import Foundation

/// Converts POS wire strings to typed values, once, at the edge (smaregi.md §2: every number is a string).
enum SmaregiWireValue {
    /// A required integer string (`"1200"`).
    static func int(_ value: String?, field: String, endpoint: String) throws -> Int {
        guard let value, let number = Int(value.trimmingCharacters(in: .whitespaces)) else {
            throw SmaregiAPIError.invalidValue(endpoint: endpoint, field: field, value: value ?? "null")
        }
        return number
    }

    /// An optional integer string; `null` or `""` is `nil`.
    static func optionalInt(_ value: String?, field: String, endpoint: String) throws -> Int? {
        guard let value, !value.isEmpty else { return nil }
        return try int(value, field: field, endpoint: endpoint)
    }

    /// A decimal string (`"10"`, `"10.000"`, `"0.00000"`).
    static func decimal(_ value: String?, field: String, endpoint: String) throws -> Decimal {
        guard let value, let number = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")) else {
            throw SmaregiAPIError.invalidValue(endpoint: endpoint, field: field, value: value ?? "null")
        }
        return number
    }

    /// An optional `+09:00` date-time.
    static func optionalDate(_ value: String?, field: String, endpoint: String) throws -> Date? {
        guard let value, !value.isEmpty else { return nil }
        guard let date = SmaregiDateFormat.date(from: value) else {
            throw SmaregiAPIError.invalidValue(endpoint: endpoint, field: field, value: value)
        }
        return date
    }
}
