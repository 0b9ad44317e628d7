/// A JSON object that keeps the order in which keys were first set.
package struct SandboxJSONObject: Sendable, Equatable {
    /// Keys in insertion order.
    package private(set) var keys: [String] = []
    private var values: [String: SandboxJSON] = [:]

    /// An empty object.
    package init() {}

    /// The value for `key`; setting `nil` removes the key.
    package subscript(key: String) -> SandboxJSON? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// Key/value pairs in order.
    package var members: [(key: String, value: SandboxJSON)] {
        keys.compactMap { key in values[key].map { (key, $0) } }
    }

    package static func == (lhs: SandboxJSONObject, rhs: SandboxJSONObject) -> Bool { lhs.values == rhs.values }
}
