import Foundation

/// Reads the `Link` header of a list response (smaregi.md §3.2) as RFC 8288 §3 defines it.
///
/// A link value is `<URI-Reference>` followed by `;`-separated parameters, values separated by `,`. The target
/// URL may itself hold commas (`fields=productId,productCode`, `sort=a,b:desc`), so the header is read character
/// by character: commas count only outside `<…>` and outside quoted parameter values; parameter values may be
/// tokens or quoted strings (with `\` escapes); whitespace around separators is ignored; `rel` holds one or more
/// space-separated relation types, compared case-insensitively, and only the first `rel` of a link counts (§3.3).
package enum SmaregiLinkHeader {
    /// One link value: its target and its parameters (names lower-cased, in order).
    package struct Link: Sendable, Equatable {
        /// The target URL as written between `<` and `>`.
        package var target: String
        /// The parameters, `(name, value)`; a parameter without `=` has the value "".
        package var parameters: [(name: String, value: String)]

        /// The relation types of the first `rel` parameter, lower-cased.
        package var relations: [String] {
            guard let rel = parameters.first(where: { $0.name == "rel" }) else { return [] }
            return rel.value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
        }

        package static func == (lhs: Link, rhs: Link) -> Bool {
            lhs.target == rhs.target && lhs.parameters.map(\.name) == rhs.parameters.map(\.name)
                && lhs.parameters.map(\.value) == rhs.parameters.map(\.value)
        }
    }

    /// The URL of the first link with relation type `next`, if any: `<https://…?page=2>; rel="next"`.
    package static func nextURL(in header: String?) -> String? {
        guard let header else { return nil }
        return links(in: header).first { $0.relations.contains("next") }?.target
    }

    /// Every well-formed link value of `header`; a malformed one is skipped up to the next top-level comma.
    package static func links(in header: String) -> [Link] {
        var reader = Reader(Array(header.unicodeScalars))
        var links: [Link] = []
        while true {
            reader.skip { $0 == "," || isWhitespace($0) }
            guard let first = reader.peek() else { break }
            guard first == "<", let link = reader.readLink() else {
                reader.skipToNextValue()
                continue
            }
            links.append(link)
        }
        return links
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }

    /// A cursor over the header's scalars.
    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        func peek() -> Unicode.Scalar? {
            index < scalars.count ? scalars[index] : nil
        }

        mutating func skip(while predicate: (Unicode.Scalar) -> Bool) {
            while let scalar = peek(), predicate(scalar) { index += 1 }
        }

        /// `<target>` and its parameters, up to (not including) the comma that ends the link value; nil when the
        /// value is malformed (no closing `>`, junk after it).
        mutating func readLink() -> Link? {
            index += 1  // "<"
            let start = index
            skip { $0 != ">" }
            guard peek() == ">" else { return nil }
            let target = String(String.UnicodeScalarView(scalars[start..<index]))
            index += 1
            var parameters: [(name: String, value: String)] = []
            while true {
                skip(while: SmaregiLinkHeader.isWhitespace)
                guard let scalar = peek(), scalar != "," else { break }
                guard scalar == ";" else { return nil }
                index += 1
                skip(while: SmaregiLinkHeader.isWhitespace)
                let name = readToken().lowercased()
                skip(while: SmaregiLinkHeader.isWhitespace)
                var value = ""
                if peek() == "=" {
                    index += 1
                    skip(while: SmaregiLinkHeader.isWhitespace)
                    if peek() == "\"" {
                        guard let quoted = readQuoted() else { return nil }
                        value = quoted
                    } else {
                        value = readToken()
                    }
                }
                if !name.isEmpty { parameters.append((name, value)) }
            }
            return Link(target: target, parameters: parameters)
        }

        /// A token: everything up to whitespace or a separator.
        mutating func readToken() -> String {
            let start = index
            skip { !SmaregiLinkHeader.isWhitespace($0) && $0 != ";" && $0 != "," && $0 != "=" && $0 != "\"" }
            return String(String.UnicodeScalarView(scalars[start..<index]))
        }

        /// A quoted string without its quotes, `\x` read as `x`; nil when the closing quote is missing.
        mutating func readQuoted() -> String? {
            index += 1  // opening quote
            var value = String.UnicodeScalarView()
            while let scalar = peek() {
                index += 1
                switch scalar {
                case "\"": return String(value)
                case "\\":
                    if let escaped = peek() {
                        value.append(escaped)
                        index += 1
                    }
                default: value.append(scalar)
                }
            }
            return nil
        }

        /// Skips a malformed value: up to the next comma outside `<…>` and quotes.
        mutating func skipToNextValue() {
            var inTarget = false
            var inQuotes = false
            while let scalar = peek() {
                if scalar == "," && !inTarget && !inQuotes { return }
                index += 1
                if inQuotes {
                    if scalar == "\\" { index += 1 } else if scalar == "\"" { inQuotes = false }
                } else if scalar == "<" {
                    inTarget = true
                } else if scalar == ">" {
                    inTarget = false
                } else if scalar == "\"" && !inTarget {
                    inQuotes = true
                }
            }
        }
    }
}
