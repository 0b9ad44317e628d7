import Foundation
import SyncCore
import SyncStore

/// `mapping import`: loads a mapping CSV (UTF-8 with or without BOM, or Shift_JIS/CP932) into a store.
///
/// Valid rows are written in one transaction (all or nothing); each invalid row is listed with its line number and
/// reason and written to a CSV report of bad rows, and never stops the valid ones. Re-importing the same file
/// changes nothing; `dryRun` writes nothing at all (no database change, no report file).
package struct MappingImportService {
    /// What an import did.
    package struct Summary: Sendable, Equatable {
        /// The detected encoding.
        package var encoding: TextEncodingDetector.Encoding
        /// Whether this was a dry run.
        package var dryRun: Bool
        /// Rows accepted.
        package var validRows: Int
        /// Inserted / updated / unchanged among the valid rows.
        package var counts: ProductMappingRepository.ImportCounts
        /// Rows rejected.
        package var problems: [MappingImportProblem]
        /// The CSV report of rejected rows, when there were some and this was not a dry run.
        package var reportPath: String?
    }

    private let database: SyncDatabase
    private let directory: DataDirectory
    private let clock: @Sendable () -> Date

    /// A service over the data directory's database and reports folder.
    package init(database: SyncDatabase, directory: DataDirectory, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.directory = directory
        self.clock = clock
    }

    /// Imports the file at `path` into `store`.
    package func importFile(at path: String, store: String, dryRun: Bool) throws(SyncJobsError) -> Summary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .fileSystem(operation: "read", path: path, reason: "ファイルを読めません (cannot read the file)")
        }
        return try importData(data, store: store, dryRun: dryRun, sourceName: path)
    }

    /// Imports CSV bytes into `store` (`sourceName` names the file in messages and the report).
    package func importData(_ data: Data, store: String, dryRun: Bool, sourceName: String) throws(SyncJobsError)
        -> Summary
    {
        _ = try SyncJobsError.store("read store") { try StoreRepository(database: database).get(code: store) }
        let parsed: MappingImportParser.Result
        do {
            parsed = try MappingImportParser.parse(data)
        } catch {
            throw .invalidInput(field: sourceName, problem: error.description)
        }
        let now = clock()
        let counts = try SyncJobsError.store("import product mappings") {
            try ProductMappingRepository(database: database).importRows(
                parsed.rows.map { $0.record(store: store) },
                store: store,
                dryRun: dryRun,
                at: now
            )
        }
        var reportPath: String?
        if !parsed.problems.isEmpty, !dryRun {
            reportPath = try writeReport(parsed, store: store, source: sourceName, at: now)
        }
        return Summary(
            encoding: parsed.encoding,
            dryRun: dryRun,
            validRows: parsed.rows.count,
            counts: counts,
            problems: parsed.problems,
            reportPath: reportPath
        )
    }

    /// `reports/<JST day>/mapping-import_<store>_<yyyyMMdd-HHmmss>.csv`: UTF-8 with BOM; columns `line`,
    /// `reason_ja`, `reason_en`, then the rejected row's own fields under the file's header, so the merchant can
    /// fix the rows in Excel and import the report's right-hand part again.
    private func writeReport(_ parsed: MappingImportParser.Result, store: String, source: String, at now: Date)
        throws(SyncJobsError) -> String
    {
        var writer = CSVWriter()
        writer.append(record: ["line", "reason_ja", "reason_en"] + parsed.header)
        for problem in parsed.problems {
            writer.append(record: [String(problem.line), problem.reasonJa, problem.reasonEn] + problem.fields)
        }
        var bytes = Data(ReportCSV.byteOrderMark)
        bytes.append(contentsOf: Array(writer.text.utf8))
        let day = JSTCalendar.dayString(now)
        let stamp = Self.stampFormat.format(now)
        let folder = "\(directory.reportsPath)/\(day)"
        try AtomicFile.makeDirectory(folder)
        let path = "\(folder)/mapping-import_\(store)_\(stamp).csv"
        try AtomicFile.write(bytes, to: path)
        return path
    }

    private static let stampFormat = Date.VerbatimFormatStyle(
        format:
            "\(year: .defaultDigits)\(month: .twoDigits)\(day: .twoDigits)-\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased))\(minute: .twoDigits)\(second: .twoDigits)",
        timeZone: TimeZone(identifier: "Asia/Tokyo") ?? .gmt,
        calendar: Calendar(identifier: .gregorian)
    )
}
