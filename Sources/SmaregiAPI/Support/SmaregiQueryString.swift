/// Builds query strings the way Smaregi needs them: every reserved character percent-encoded, in particular the
/// `+` of `+09:00` as `%2B` (a raw `+` is read as a space and the request fails, smaregi.md §2, §9.2).
package enum SmaregiQueryString {
    /// `name=value&…` with names and values percent-encoded; `nil` values are left out.
    package static func make(_ items: [(String, String?)]) -> String {
        items.compactMap { name, value in value.map { encode(name) + "=" + encode($0) } }.joined(separator: "&")
    }

    /// Percent-encodes everything except RFC 3986 unreserved characters and `,` `:` (used by `fields`/`sort`).
    package static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: ","), UInt8(ascii: ":"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
