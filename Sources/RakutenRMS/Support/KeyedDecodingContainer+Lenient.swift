import Foundation

extension KeyedDecodingContainer {
    /// Decodes `type` when present and of the right JSON type; `nil` when absent, `null` or of another type.
    /// Used for the large ItemAPI payloads, whose documented and sampled types disagree (rakuten-rms.md §5).
    func lenient<T: Decodable>(_ type: T.Type, forKey key: Key) -> T? {
        (try? decodeIfPresent(type, forKey: key)) ?? nil
    }

    /// Decodes a value sent either as a JSON string or as a JSON number (e.g. `standardPrice: "2000"` or `2000`)
    /// into its text form.
    func lenientText(forKey key: Key) -> String? {
        if let text = lenient(String.self, forKey: key) { return text }
        if let integer = lenient(Int64.self, forKey: key) { return String(integer) }
        if let double = lenient(Double.self, forKey: key) { return String(describing: double) }
        return nil
    }
}
