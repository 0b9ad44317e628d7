import Foundation

/// Turns the bytes of a mapping CSV into valid rows and rejected rows (issue #4, 商品連携 CSV import).
///
/// The first non-blank record is the header (see `MappingColumn` for the accepted names). Each later record
/// is checked on its own; a bad row is rejected with its line number and reason and never stops the others.
/// A Rakuten SKU that appears on two rows is rejected on the later row (one SKU has exactly one Smaregi
/// product). Whole-file problems (undecodable bytes, an unclosed quote, a missing column) throw.
package enum MappingImportParser {
    /// The outcome of parsing a file.
    package struct Result: Sendable, Equatable {
        /// The detected encoding.
        package var encoding: TextEncodingDetector.Encoding
        /// The header fields as read.
        package var header: [String]
        /// The known columns the header has. A column the file lacks leaves that field of existing mappings as
        /// it is (issue #13 §2); an empty cell in a present column means "none" (安全在庫: the store's default).
        package var columns: Set<MappingColumn> = []
        /// Valid rows, in file order.
        package var rows: [MappingImportRow]
        /// Rejected rows, in file order.
        package var problems: [MappingImportProblem]
    }

    /// The longest manageNumber / variantId RMS accepts, in bytes (rakuten-rms.md §4.1).
    package static let maximumIdentifierBytes = 32

    /// Decodes and parses `data`.
    package static func parse(_ data: Data) throws(SyncCoreError) -> Result {
        let decoded = try TextEncodingDetector.decode(data)
        var result = try parse(text: decoded.text)
        result.encoding = decoded.encoding
        return result
    }

    /// Parses already-decoded text (the encoding is reported as UTF-8).
    package static func parse(text: String) throws(SyncCoreError) -> Result {
        let records = try CSVReader.records(text).filter { !$0.isBlank }
        guard let headerRecord = records.first else {
            throw .missingColumn(
                column: MappingColumn.manageNumber.rawValue,
                accepted: MappingColumn.manageNumber.aliases
            )
        }
        let columns = try columnIndexes(headerRecord.fields)
        var rows: [MappingImportRow] = []
        var problems: [MappingImportProblem] = []
        var seen: [ProductMappingKey: Int] = [:]
        for record in records.dropFirst() {
            switch row(record, columns: columns) {
            case .success(let row):
                if let earlier = seen[row.key] {
                    problems.append(
                        MappingImportProblem(
                            line: record.line,
                            fields: record.fields,
                            reasonJa: "楽天SKU \(row.key.displayText) は\(earlier)行目にもあります (1つのSKUに対応するスマレジ商品は1つです)",
                            reasonEn:
                                "Rakuten SKU \(row.key.displayText) is also on line \(earlier); one SKU maps to one Smaregi product"
                        )
                    )
                } else {
                    seen[row.key] = record.line
                    rows.append(row)
                }
            case .failure(let problem):
                problems.append(problem)
            }
        }
        return Result(
            encoding: .utf8,
            header: headerRecord.fields,
            columns: Set(columns.keys),
            rows: rows,
            problems: problems
        )
    }

    /// Where each known column is; throws when a required one is missing or a column repeats.
    private static func columnIndexes(_ header: [String]) throws(SyncCoreError) -> [MappingColumn: Int] {
        var indexes: [MappingColumn: Int] = [:]
        for (index, name) in header.enumerated() {
            guard let column = MappingColumn.matching(header: name) else { continue }
            if let other = indexes[column] {
                throw .duplicateColumn(column: column.rawValue, headers: [header[other], name])
            }
            indexes[column] = index
        }
        guard indexes[.manageNumber] != nil else {
            throw .missingColumn(
                column: MappingColumn.manageNumber.rawValue,
                accepted: MappingColumn.manageNumber.aliases
            )
        }
        guard indexes[.variantId] != nil || indexes[.horizontal] != nil else {
            throw .missingColumn(
                column: "\(MappingColumn.variantId.rawValue) / \(MappingColumn.horizontal.rawValue)",
                accepted: MappingColumn.variantId.aliases + MappingColumn.horizontal.aliases
            )
        }
        guard indexes[.smaregiCode] != nil || indexes[.smaregiID] != nil else {
            throw .missingColumn(
                column: "\(MappingColumn.smaregiCode.rawValue) / \(MappingColumn.smaregiID.rawValue)",
                accepted: MappingColumn.smaregiCode.aliases + MappingColumn.smaregiID.aliases
            )
        }
        return indexes
    }

    private static func row(_ record: CSVReader.Record, columns: [MappingColumn: Int])
        -> Swift.Result<MappingImportRow, MappingImportProblem>
    {
        func value(_ column: MappingColumn) -> String {
            guard let index = columns[column], index < record.fields.count else { return "" }
            let cell = record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            return MappingFields.withoutFormulaGuard(cell)
        }
        let fields = MappingFields(
            manageNumber: value(.manageNumber),
            variantId: value(.variantId),
            horizontal: value(.horizontal),
            vertical: value(.vertical),
            smaregiCode: value(.smaregiCode),
            smaregiID: value(.smaregiID),
            safetyStock: value(.safetyStock)
        )
        switch fields.validated(line: record.line) {
        case .success(let row): return .success(row)
        case .failure(let reason):
            return .failure(
                MappingImportProblem(line: record.line, fields: record.fields, reasonJa: reason.ja, reasonEn: reason.en)
            )
        }
    }
}
