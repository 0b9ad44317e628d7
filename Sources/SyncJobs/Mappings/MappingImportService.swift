import Foundation
import SyncCore
import SyncStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
    package init(
        database: SyncDatabase,
        directory: DataDirectory,
        clock: @escaping @Sendable () -> Date = WallClock.now
    ) {
        self.database = database
        self.directory = directory
        self.clock = clock
    }

    /// Imports the file at `path` into `store`; a missing or unreadable file is bad input (exit 64), never the
    /// "some rows were rejected" failure (exit 1).
    package func importFile(at path: String, store: String, dryRun: Bool) throws(SyncJobsError) -> Summary {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .invalidInput(field: path, problem: "ファイルがありません (no such file)")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw .invalidInput(field: path, problem: "ファイルを読めません (cannot read the file)")
        }
        return try importData(data, store: store, dryRun: dryRun, sourceName: path)
    }

    /// Imports CSV bytes into `store` (`sourceName` names the file in messages and the report).
    package func importData(_ data: Data, store: String, dryRun: Bool, sourceName: String) throws(SyncJobsError)
        -> Summary
    {
        _ = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: store) }
        let parsed: MappingImportParser.Result
        do {
            parsed = try MappingImportParser.parse(data)
        } catch {
            throw .invalidInput(field: sourceName, problem: error.description)
        }
        let now = clock()
        let counts = try SyncJobsError.database("import product mappings") {
            try ProductMappingRepository(database: database).importEdits(
                parsed.rows.map { $0.edit(columns: parsed.columns) },
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

    /// `reports/<JST day>/mapping-import_<store>_<yyyyMMdd-HHmmss>.csv` (`…_2.csv`, `…_3.csv` when an import in
    /// the same second already took the name: the name is claimed with `O_EXCL`, so two imports never share a
    /// report): UTF-8 with BOM; columns 行 (line), 理由 (reason_ja), 理由(英語) (reason_en), then the rejected row's
    /// own fields under the file's header, so the merchant can fix the rows in Excel and import the report's
    /// right-hand part again.
    /// Every cell a spreadsheet would run as a formula gets a leading `'` (`ReportCSV.inert`), which the importer
    /// drops again.
    private func writeReport(_ parsed: MappingImportParser.Result, store: String, source: String, at now: Date)
        throws(SyncJobsError) -> String
    {
        var writer = CSVWriter()
        writer.append(record: (["行", "理由", "理由(英語)"] + parsed.header).map(ReportCSV.inert))
        for problem in parsed.problems {
            writer.append(
                record: ([String(problem.line), problem.reasonJa, problem.reasonEn] + problem.fields).map(
                    ReportCSV.inert
                )
            )
        }
        var bytes = Data(ReportCSV.byteOrderMark)
        bytes.append(contentsOf: Array(writer.text.utf8))
        let day = JSTCalendar.dayString(now)
        let stamp = Self.stampFormat.format(now)
        let folder = "\(directory.reportsPath)/\(day)"
        try AtomicFile.makeDirectory(folder)
        let path = try Self.claimName(in: folder, base: "mapping-import_\(store)_\(stamp)")
        try AtomicFile.write(bytes, to: path)
        return path
    }

    /// Creates `<base>.csv` (or `<base>_2.csv`, `_3`, …) exclusively and returns the first name that was free.
    private static func claimName(in folder: String, base: String) throws(SyncJobsError) -> String {
        for attempt in 1...1000 {
            let path = attempt == 1 ? "\(folder)/\(base).csv" : "\(folder)/\(base)_\(attempt).csv"
            let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
            if descriptor >= 0 {
                close(descriptor)
                return path
            }
            guard errno == EEXIST else { break }
        }
        throw .fileSystem(
            operation: "create",
            path: "\(folder)/\(base).csv",
            reason: "レポートのファイル名を確保できません (cannot claim a report file name)"
        )
    }

    private static let stampFormat = Date.VerbatimFormatStyle(
        format:
            "\(year: .defaultDigits)\(month: .twoDigits)\(day: .twoDigits)-\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased))\(minute: .twoDigits)\(second: .twoDigits)",
        timeZone: TimeZone(identifier: "Asia/Tokyo") ?? .gmt,
        calendar: Calendar(identifier: .gregorian)
    )
}
