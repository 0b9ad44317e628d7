import Foundation

/// Renders a run's report rows as the bytes of its CSV report file (design.md §4.6).
///
/// UTF-8 with a byte order mark, so Excel opens the Japanese messages correctly; RFC 4180 quoting and CRLF
/// line endings (`CSVWriter`); a fixed header naming the columns; one line per `ReportRow`.
package enum ReportCSV {
    /// The UTF-8 byte order mark that starts every report.
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The header line's fields, in column order; never reordered once shipped (operators script against it).
    package static let header = [
        "run_id", "job", "store", "severity", "code", "rakuten_order_number", "rakuten_sku", "smaregi_id",
        "message_ja", "message_en", "action",
    ]

    /// The report text (without the BOM): the header and one line per row, in the order given.
    package static func text(rows: [ReportRow], runID: Int64, job: String, store: String) -> String {
        var writer = CSVWriter()
        writer.append(record: header)
        for row in rows {
            writer.append(record: fields(of: row, runID: runID, job: job, store: store))
        }
        return writer.text
    }

    /// The report file's bytes: BOM, header, one line per row.
    package static func render(rows: [ReportRow], runID: Int64, job: String, store: String) -> Data {
        var data = Data(byteOrderMark)
        data.append(contentsOf: Array(text(rows: rows, runID: runID, job: job, store: store).utf8))
        return data
    }

    /// One row's fields, in `header` order, each made safe to open in a spreadsheet.
    static func fields(of row: ReportRow, runID: Int64, job: String, store: String) -> [String] {
        [
            String(runID), job, store, row.severity.rawValue, row.code, row.rakutenOrderNumber, row.rakutenSKU,
            row.smaregiID, row.messageJa, row.messageEn, row.action,
        ].map(inert)
    }

    /// A field a spreadsheet will show as text, never run as a formula: messages carry text from Rakuten,
    /// Smaregi and the merchant's own data (SKUs, Smaregi's rejection details), and Excel evaluates a cell that
    /// starts with `=`, `+`, `-`, `@`, a tab or a CR. Such a field gets a leading `'` (OWASP's advice for CSV
    /// injection), which Excel hides and which a script reading the report can strip.
    package static func inert(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        return "'" + field
    }
}
