import Foundation
import TestSupport

/// A fresh data directory and the real `rakuten-sync*` executables, for process-level tests.
struct CLIHarness {
    let root: URL
    var dataDir: String { root.appendingPathComponent("data").path }
    var reportsDir: String { root.appendingPathComponent("reports").path }

    init() throws {
        root = try StoreFixtures.temporaryDirectory(prefix: "cli")
    }

    /// Runs `executable` with `--data-dir` pointing at this harness (unless `dataDirOption` is false).
    @discardableResult
    func run(
        _ arguments: [String],
        stdin: String? = nil,
        environment: [String: String] = [:],
        dataDirOption: Bool = true
    ) throws -> ProcessRunner.Result {
        try run("rakuten-sync", arguments, stdin: stdin, environment: environment, dataDirOption: dataDirOption)
    }

    /// Runs another of the project's executables the same way.
    @discardableResult
    func run(
        _ executable: String,
        _ arguments: [String],
        stdin: String? = nil,
        environment: [String: String] = [:],
        dataDirOption: Bool = true
    ) throws -> ProcessRunner.Result {
        try ProcessRunner.run(
            ProcessRunner.executable(executable),
            arguments + (dataDirOption ? ["--data-dir", dataDir] : []),
            environment: environment,
            standardInput: stdin,
            currentDirectory: root.path
        )
    }

    /// Runs `rakuten-sync` for a test's set-up: a failure throws `CLIHarnessError.setupFailed` (the test records it
    /// and stops) instead of stopping the whole test process.
    @discardableResult
    func setUp(_ arguments: [String], stdin: String? = nil) throws -> ProcessRunner.Result {
        let result = try run(arguments, stdin: stdin)
        guard result.status == 0 else {
            throw CLIHarnessError.setupFailed(
                command: (["rakuten-sync"] + arguments).joined(separator: " "),
                status: result.status,
                standardError: result.standardError
            )
        }
        return result
    }

    /// `init` plus one store `main` with the given secrets on standard input.
    func initialiseWithStore(
        code: String = "main",
        secret: String = "SP_TEST_SERVICE_SECRET_0001",
        key: String = "SL_TEST_LICENSE_KEY_0001"
    ) throws {
        try setUp(["init"])
        try setUp(
            [
                "store", "add", "--url", "https://www.rakuten.co.jp/\(code)-shop/", "--name", "テスト店 \(code)", "--code",
                code,
            ],
            stdin: "\(secret)\n\(key)\n"
        )
    }

    /// `init` plus store `main` pointing at a sandbox with its default credentials (or the given wrong key), with
    /// 受注店舗 `3` and 在庫店舗 `2`.
    func initialiseAgainstSandbox(_ sandbox: String, licenseKey: String = "SL_SANDBOX_LICENSE") throws {
        try setUp(["init"])
        try addSandboxStore(
            SandboxStoreSetup(
                licenseKey: licenseKey,
                storeSettings: ["--smaregi-order-store", "3", "--smaregi-stock-store", "2"]
            ),
            sandbox: sandbox
        )
    }

    /// The value column of the row of a printed key/value table (`settings`, `smtp show`) whose key is `key`.
    static func tableValue(_ output: String, key: String) -> String? {
        tableRow(output, key: key).flatMap { $0.count >= 2 ? $0[1] : nil }
    }

    /// The cells of the row of a printed table (columns two or more spaces apart) whose first cell is `key`.
    static func tableRow(_ output: String, key: String) -> [String]? {
        for line in output.split(separator: "\n") {
            let cells = line.split(separator: "  ", omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.first == key { return cells }
        }
        return nil
    }
}
