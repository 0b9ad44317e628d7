/// Reads RFC 4180 CSV text into records, keeping the line each record starts on (for error messages).
///
/// Accepts what RMS, Excel and editors write: fields quoted with `"` (holding commas, doubled quotes, CR and
/// LF), CRLF, LF or lone CR record ends, and blank lines anywhere (skipped, including the trailing ones Excel
/// adds). Lenient where RFC 4180 is strict and nothing is lost: a quote inside an unquoted field, or text after a
/// closing quote, is kept as written. A quoted field still open at the end of the file is an error naming the
/// line where it opened.
package enum CSVReader {
    /// One record and the physical line (1-based) it starts on.
    package struct Record: Sendable, Equatable {
        package var line: Int
        package var fields: [String]

        /// A record.
        package init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }

        /// True when every field is empty or blank (such rows are skipped by importers).
        package var isBlank: Bool {
            fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
        }
    }

    /// The records of `text`; blank lines are left out.
    package static func records(_ text: String) throws(SyncCoreError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var quoteLine = 0
        var inQuotes = false
        var fieldWasQuoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()

        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            let record = Record(line: recordLine, fields: fields)
            if !(record.fields.count == 1 && record.fields[0].isEmpty) {
                records.append(record)
            }
            fields = []
        }

        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                switch scalar {
                case "\"":
                    if pending == "\"" {
                        field.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                case "\r":
                    field.append(scalar)
                    if pending == "\n" {
                        field.append("\n")
                        pending = iterator.next()
                    }
                    line += 1
                case "\n":
                    field.append(scalar)
                    line += 1
                default:
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
                fieldWasQuoted = false
            case "\r", "\n":
                if scalar == "\r", pending == "\n" { pending = iterator.next() }
                endRecord()
                fieldWasQuoted = false
                line += 1
                recordLine = line
            default:
                field.append(scalar)
            }
        }
        if inQuotes {
            throw .malformedCSV(
                line: quoteLine,
                problem: "引用符 \" が閉じられていません (a quoted field is never closed)"
            )
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            endRecord()
        }
        return records
    }
}
