/// Builds RFC 4180 CSV text: fields separated by commas, records ended by CRLF.
///
/// A field is quoted when it contains a comma, a double quote, CR or LF, and its quotes are doubled
/// (RFC 4180 §2.5–2.7). Other fields, including Japanese text and fields with spaces, are written as they are.
package struct CSVWriter: Sendable, Equatable {
    /// The CSV text written so far.
    package private(set) var text = ""

    /// An empty writer.
    package init() {}

    /// Appends one record and its CRLF.
    package mutating func append(record fields: [String]) {
        text += Self.line(fields)
    }

    /// One record with its CRLF.
    package static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }

    /// The field as it appears in CSV: quoted (with quotes doubled) when it needs to be, else unchanged.
    package static func escape(_ field: String) -> String {
        // Scan scalars, not Characters: "\r\n" is a single Character in Swift.
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else {
            return field
        }
        var quoted = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" {
                quoted.unicodeScalars.append(scalar)
            }
            quoted.unicodeScalars.append(scalar)
        }
        quoted += "\""
        return quoted
    }
}
