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

    /// `init` plus one store `main` with the given secrets on standard input.
    func initialiseWithStore(
        code: String = "main",
        secret: String = "SP_TEST_SERVICE_SECRET_0001",
        key: String = "SL_TEST_LICENSE_KEY_0001"
    ) throws {
        let initResult = try run(["init"])
        precondition(initResult.status == 0, initResult.standardError)
        let added = try run(
            [
                "store", "add", "--url", "https://www.rakuten.co.jp/\(code)-shop/", "--name", "テスト店 \(code)", "--code",
                code,
            ],
            stdin: "\(secret)\n\(key)\n"
        )
        precondition(added.status == 0, added.standardError)
    }
}
