import Foundation

/// A JSON value with ordered object keys, used for wire bodies whose exact shape matters (explicit `null`s,
/// integer versus decimal numbers, key order as in the official samples).
package enum SandboxJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([SandboxJSON])
    case object(SandboxJSONObject)

    /// The member `key` of an object, or `nil` when absent or when this is not an object.
    package subscript(key: String) -> SandboxJSON? {
        get {
            if case .object(let object) = self { return object[key] }
            return nil
        }
        set {
            if case .object(var object) = self {
                object[key] = newValue
                self = .object(object)
            }
        }
    }

    /// The integer value (also accepts integral doubles), else `nil`.
    package var intValue: Int? {
        switch self {
        case .int(let value): value
        case .double(let value) where value.rounded() == value && abs(value) < 1e15: Int(value)
        default: nil
        }
    }

    /// The numeric value as a `Double`, else `nil`.
    package var doubleValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    /// The string value, else `nil`.
    package var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The boolean value, else `nil`.
    package var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements of an array, else `nil`.
    package var arrayValue: [SandboxJSON]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The object, else `nil`.
    package var objectValue: SandboxJSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// Whether this is JSON `null`.
    package var isNull: Bool { self == .null }

    /// Builds an object from ordered pairs.
    package static func fields(_ pairs: KeyValuePairs<String, SandboxJSON>) -> SandboxJSON {
        var object = SandboxJSONObject()
        for (key, value) in pairs { object[key] = value }
        return .object(object)
    }

    /// Wraps an optional string, mapping `nil` to `null`.
    package static func orNull(_ value: String?) -> SandboxJSON { value.map { .string($0) } ?? .null }

    /// Wraps an optional integer, mapping `nil` to `null`.
    package static func orNull(_ value: Int?) -> SandboxJSON { value.map { .int($0) } ?? .null }
}
