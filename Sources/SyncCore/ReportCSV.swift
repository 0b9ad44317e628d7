import Foundation

/// Renders a run's report rows as the bytes of its CSV report file (design.md §4.6).
///
/// UTF-8 with a byte order mark, so Excel opens the Japanese messages correctly; RFC 4180 quoting and CRLF
/// line endings (`CSVWriter`); a fixed header naming the columns; one line per `ReportRow`.
package enum ReportCSV {
    /// The UTF-8 byte order mark that starts every report.
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The report's columns, in order; never reordered once shipped (operators script against the positions).
    package enum Column: Int, Sendable, Equatable, CaseIterable {
        case runID, job, store, severity, code, rakutenOrderNumber, rakutenSKU, smaregiID, messageJa, messageEn
        case action

        /// The column's position in a line.
        package var index: Int { rawValue }

        /// The header the report writes: Japanese, as the merchant reads it in Excel (issue #13 §4).
        package var japaneseHeader: String {
            switch self {
            case .runID: "実行ID"
            case .job: "処理"
            case .store: "店舗コード"
            case .severity: "重要度"
            case .code: "コード"
            case .rakutenOrderNumber: "楽天注文番号"
            case .rakutenSKU: "楽天SKU"
            case .smaregiID: "スマレジID"
            case .messageJa: "内容"
            case .messageEn: "内容(英語)"
            case .action: "対処"
            }
        }

        /// The English name of the column (the header of reports written before issue #13, and the docs' name).
        package var englishHeader: String {
            switch self {
            case .runID: "run_id"
            case .job: "job"
            case .store: "store"
            case .severity: "severity"
            case .code: "code"
            case .rakutenOrderNumber: "rakuten_order_number"
            case .rakutenSKU: "rakuten_sku"
            case .smaregiID: "smaregi_id"
            case .messageJa: "message_ja"
            case .messageEn: "message_en"
            case .action: "action"
            }
        }
    }

    /// The header line's fields, in column order (Japanese; the English names are in docs/operations.ja.md).
    package static let header = Column.allCases.map(\.japaneseHeader)

    /// Lines before the first row: the one header line.
    package static let headerLineCount = 1

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
            String(runID), job, store, row.severity.japaneseName, row.code, row.rakutenOrderNumber, row.rakutenSKU,
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
