import Foundation

/// Reads the RFC 5988 `Link` header of a list response (smaregi.md §3.2).
package enum SmaregiLinkHeader {
    /// The URL of `rel="next"`, if any: `<https://…?page=2>; rel="next"`.
    package static func nextURL(in header: String?) -> String? {
        guard let header else { return nil }
        for entry in header.split(separator: ",") {
            let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let target = parts.first, target.hasPrefix("<"), target.hasSuffix(">") else { continue }
            let isNext = parts.dropFirst().contains { parameter in
                let pieces = parameter.split(separator: "=", maxSplits: 1).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                return pieces.count == 2 && pieces[0].lowercased() == "rel"
                    && pieces[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")).split(separator: " ")
                        .contains("next")
            }
            if isNext { return String(target.dropFirst().dropLast()) }
        }
        return nil
    }
}
