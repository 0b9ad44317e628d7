import Foundation

/// A run's CSV report read back the way the product writes it (`Sources/SyncCore/ReportCSV.swift`, design.md §4.6):
/// UTF-8 with a byte order mark, RFC 4180 quoting, CRLF line ends, one header line, then one line per report row.
///
/// Tests assert on typed rows (`report.codes`, `report.rows(code:)`) instead of searching the file's text, so a
/// code that only appears inside another row's message does not pass for a row of its own. The reader is written
/// independently of `ReportCSV`, so a change to the file's layout fails here rather than on both sides.
package struct ReportFile: Sendable, Equatable {
    /// One line of the report after the header.
    package struct Row: Sendable, Equatable {
        /// The run's id (`実行ID`).
        package var runID: String
        /// The job (`処理`), e.g. `orders`.
        package var job: String
        /// The store code (`店舗コード`).
        package var store: String
        /// The severity as the merchant reads it (`重要度`): `情報`, `警告` or `エラー`.
        package var severity: String
        /// The stable machine-readable code (`コード`), e.g. `MAPPING_IN_ERROR`.
        package var code: String
        /// `楽天注文番号`, empty when the row is not about one order.
        package var orderNumber: String
        /// `楽天SKU`, empty when the row is not about one SKU.
        package var sku: String
        /// `スマレジID`.
        package var smaregiID: String
        /// `内容`: the Japanese message.
        package var messageJa: String
        /// `内容(英語)`: the English message.
        package var messageEn: String
        /// `対処`: what the operator does about it.
        package var action: String

        /// Whether any of the row's fields contains `text` (a SKU in the message, Rakuten's answer, the action).
        package func mentions(_ text: String) -> Bool {
            [runID, job, store, severity, code, orderNumber, sku, smaregiID, messageJa, messageEn, action]
                .contains { $0.contains(text) }
        }

        /// Whether the row is an error (`エラー`), the severity that fails a record and is mailed.
        package var isError: Bool { severity == "エラー" }
        /// Whether the row is a warning (`警告`).
        package var isWarning: Bool { severity == "警告" }
    }

    /// The header line's fields, as the file has them.
    package var header: [String]
    /// The rows after the header, in file order.
    package var rows: [Row]
    /// The file's text without the byte order mark, for failure messages.
    package var text: String

    /// The codes of every row, in file order (repeated when several rows share a code).
    package var codes: [String] { rows.map(\.code) }

    /// The rows with `code`, in file order.
    package func rows(code: String) -> [Row] { rows.filter { $0.code == code } }

    /// Whether some row has `code`.
    package func contains(code: String) -> Bool { rows.contains { $0.code == code } }

    /// Whether some row has `code` and mentions every one of `texts` (in any of its fields).
    package func contains(code: String, mentioning texts: String...) -> Bool {
        rows(code: code).contains { row in texts.allSatisfy { row.mentions($0) } }
    }

    /// A report with no rows: what a run that wrote no report file is read as (`ReportFile.of(_:)`).
    package static let empty = ReportFile(header: [], rows: [], text: "")

    /// Reads the bytes of a report file; throws when it lacks the BOM or a line does not have the header's columns.
    package init(data: Data) throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        guard data.starts(with: bom) else { throw ReportFileError.noByteOrderMark }
        let text = String(decoding: data.dropFirst(bom.count), as: UTF8.self)
        var records = Self.records(of: text)
        guard !records.isEmpty else { throw ReportFileError.noHeader }
        let header = records.removeFirst()
        var rows: [Row] = []
        for (index, fields) in records.enumerated() {
            guard fields.count == 11, header.count == 11 else {
                throw ReportFileError.wrongColumnCount(line: index + 2, count: fields.count)
            }
            rows.append(
                Row(
                    runID: fields[0],
                    job: fields[1],
                    store: fields[2],
                    severity: fields[3],
                    code: fields[4],
                    orderNumber: fields[5],
                    sku: fields[6],
                    smaregiID: fields[7],
                    messageJa: fields[8],
                    messageEn: fields[9],
                    action: fields[10]
                )
            )
        }
        self.init(header: header, rows: rows, text: text)
    }

    /// Reads the report file at `path`.
    package init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw ReportFileError.unreadable(path) }
        try self.init(data: data)
    }

    private init(header: [String], rows: [Row], text: String) {
        self.header = header
        self.rows = rows
        self.text = text
    }

    /// The path a job run printed in its summary line (`report=/path`), or nil when it wrote no report.
    package static func path(printedBy result: ProcessRunner.Result) -> String? {
        result.standardOutput.split(whereSeparator: { $0 == " " || $0 == "\n" })
            .first { $0.hasPrefix("report=") }
            .map { String($0.dropFirst("report=".count)) }
    }

    /// The text of the report a job run printed, or "" when none: for failure messages, which cannot throw.
    package static func text(of result: ProcessRunner.Result) -> String {
        (try? of(result))?.text ?? ""
    }

    /// The report a job run printed (`report=/path`), or `.empty` when it printed none or the file is gone.
    /// Throws when the file exists but is not a well-formed report.
    package static func of(_ result: ProcessRunner.Result) throws -> ReportFile {
        guard let path = path(printedBy: result), FileManager.default.fileExists(atPath: path) else { return .empty }
        return try ReportFile(path: path)
    }

    /// The records of RFC 4180 text: quoted fields may hold commas, doubled quotes and line breaks; records end
    /// with CRLF.
    package static func records(of text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append(scalars.removeFirst())
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                inQuotes = true
            case ",":
                record.append(field)
                field = ""
            case "\r" where scalars.first == "\n":
                scalars.removeFirst()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}

/// Why a file could not be read as a report.
package enum ReportFileError: Error, CustomStringConvertible {
    /// No file at the path.
    case unreadable(String)
    /// The file does not start with the UTF-8 byte order mark every report has.
    case noByteOrderMark
    /// The file has no header line.
    case noHeader
    /// A line (1-based, the header is line 1) does not have the report's 11 columns.
    case wrongColumnCount(line: Int, count: Int)

    /// What was wrong.
    package var description: String {
        switch self {
        case .unreadable(let path): "no report file at \(path)"
        case .noByteOrderMark: "the report does not start with the UTF-8 byte order mark"
        case .noHeader: "the report has no header line"
        case .wrongColumnCount(let line, let count): "report line \(line) has \(count) columns, not 11"
        }
    }
}
