import Foundation
import SyncCore
import SyncJobs
import SyncStore
import TestSupport
import Testing

/// The reject report of `mapping import` (issue #13 §2).
struct MappingImportReportTests {
    private static func service(clock: Date) throws -> MappingImportService {
        let root = try StoreFixtures.temporaryDirectory(prefix: "mapping-report")
        let directory = DataDirectory(option: root.appendingPathComponent("data").path, environment: [:])
        try directory.createFolders()
        let database = try SyncDatabase.open(at: directory.databasePath)
        _ = try StoreRepository(database: database).add(StoreFixtures.makeStoreRecord(code: "main"), at: Date())
        return MappingImportService(database: database, directory: directory, clock: { clock })
    }

    @Test func twoImportsInTheSameSecondNeverShareAReport() throws {
        // Given a clock that stands still, and two files with different bad rows
        let service = try Self.service(clock: StoreFixtures.referenceDate)
        let header = "manage_number,variant_id,smaregi_code\n"

        // When both are imported in that second
        let first = try service.importData(
            Data((header + "mug,red,\n").utf8),
            store: "main",
            dryRun: false,
            sourceName: "a.csv"
        )
        let second = try service.importData(
            Data((header + "tea,,X\n").utf8),
            store: "main",
            dryRun: false,
            sourceName: "b.csv"
        )

        // Then each has its own report, holding its own rejected row
        let firstPath = try #require(first.reportPath)
        let secondPath = try #require(second.reportPath)
        #expect(firstPath != secondPath)
        #expect(try String(contentsOfFile: firstPath, encoding: .utf8).contains("mug,red"))
        #expect(try String(contentsOfFile: secondPath, encoding: .utf8).contains("tea,,X"))
    }

    @Test func formulaCellsAreNeutralisedInTheReport() throws {
        let service = try Self.service(clock: StoreFixtures.referenceDate)

        let summary = try service.importData(
            Data("manage_number,variant_id,smaregi_code\nmug,red,=HYPERLINK(\"http://x\")\n@a,b,c\n".utf8),
            store: "main",
            dryRun: false,
            sourceName: "a.csv"
        )

        let report = try String(contentsOfFile: try #require(summary.reportPath), encoding: .utf8)
        let cells = try CSVReader.records(report).flatMap(\.fields)
        #expect(cells.contains("'=HYPERLINK(\"http://x\")"))
        #expect(cells.contains("'@a"))
        #expect(!cells.contains { $0.hasPrefix("=") || $0.hasPrefix("@") })
    }
}
