/// One header field, kept in the order it was added or received.
package struct HTTPHeader: Sendable, Equatable, Hashable {
    /// The field name as written (matching is case-insensitive).
    package var name: String
    /// The field value, without surrounding whitespace.
    package var value: String

    /// A header field `name: value`.
    package init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// Whether `name` matches this field's name, ignoring ASCII case.
    package func hasName(_ other: String) -> Bool {
        name.lowercased() == other.lowercased()
    }
}
