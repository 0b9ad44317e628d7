/// A whole number the sandbox writes either as a JSON number or as a string: Smaregi's wire format has ids and
/// amounts as strings (`"stockAmount":"10"`, docs/reference/smaregi.md), Rakuten's as numbers. Decodes `12`,
/// `"12"` and `12.0` alike.
package struct LenientInt: Decodable, Sendable, Equatable, Hashable {
    /// The number.
    package var value: Int

    /// Decodes a number, a numeric string or a whole double.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            value = number
        } else if let text = try? container.decode(String.self), let number = Int(text) {
            value = number
        } else if let double = try? container.decode(Double.self), double.rounded() == double {
            value = Int(double)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a whole number")
        }
    }
}
