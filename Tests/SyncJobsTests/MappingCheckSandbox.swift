import Foundation
import Logging
import SyncCore
import SyncJobs
import SyncStore
import TestSupport

/// A data directory whose one store (`main`) points at a live sandbox, for the mapping job tests.
struct MappingCheckSandbox {
    let root: URL
    let directory: DataDirectory
    let database: SyncDatabase
    let store: StoreRecord

    init(sandbox: SandboxServer) throws {
        root = try StoreFixtures.temporaryDirectory(prefix: "mapping-check")
        directory = DataDirectory(option: root.appendingPathComponent("data").path, environment: [:])
        try directory.createFolders()
        database = try SyncDatabase.open(at: directory.databasePath)
        var record = StoreFixtures.makeStoreRecord(
            code: "main",
            rakutenAPIURL: sandbox.baseURL,
            smaregiTokenURL: sandbox.baseURL,
            smaregiAPIURL: sandbox.baseURL,
            alertEmails: ["ops@example.jp"]
        )
        record.serviceSecret = "SP_SANDBOX_SECRET"
        record.licenseKey = "SL_SANDBOX_LICENSE"
        record.licenseExpiry = nil
        record.smaregiContractID = "sb_sandbox01"
        record.smaregiClientID = "sandbox-client-id"
        record.smaregiClientSecret = "sandbox-client-secret"
        store = try StoreRepository(database: database).add(record, at: Date())
    }

    /// Imports CSV text into `main`.
    func importCSV(_ text: String) throws -> MappingImportService.Summary {
        try MappingImportService(database: database, directory: directory)
            .importData(Data(text.utf8), store: "main", dryRun: false, sourceName: "test.csv")
    }

    /// One run of the real job body in the run frame (blocking; call through `runBlocking`).
    func runJob() -> RunSummary {
        RunFrame(directory: directory, database: database, logger: Logger(label: "test.mappings"))
            .run(job: .mappings, store: store, body: JobBodies.body(for: .mappings))
    }

    /// Every mapping of `main` by its display key.
    func mappings() throws -> [String: ProductMapping] {
        let list = try ProductMappingAdmin(database: database).list(store: "main", status: nil)
        return Dictionary(uniqueKeysWithValues: list.map { ($0.key.displayText, $0) })
    }

    /// The report rows of a run's CSV report: code, rakuten_sku and severity (`error`, read from エラー etc.).
    func reportRows(_ summary: RunSummary) throws -> [(code: String, sku: String, severity: String)] {
        guard let path = summary.reportPath else { return [] }
        return try ReportFile(path: path).rows.map { row in
            (
                row.code, row.sku,
                ReportRow.Severity.allCases.first { $0.japaneseName == row.severity }?.rawValue ?? row.severity
            )
        }
    }

    /// The decoded text body of the alert mail a run wrote, or nil when it wrote none.
    func mailBody(_ summary: RunSummary) throws -> String? {
        guard let path = summary.mailPath else { return nil }
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
        guard let start = lines.firstIndex(where: { $0.lowercased() == "content-transfer-encoding: base64" }) else {
            return nil
        }
        var block = ""
        for line in lines[(start + 1)...].drop(while: { !$0.isEmpty }).dropFirst() {
            if line.isEmpty || line.hasPrefix("--") { break }
            block += line
        }
        return Data(base64Encoded: block).map { String(decoding: $0, as: UTF8.self) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
