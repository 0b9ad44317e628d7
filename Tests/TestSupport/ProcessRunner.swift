import Foundation

/// Runs the project's real executables (or any program) from tests and captures what they did.
package struct ProcessRunner {
    /// What a finished process left behind.
    package struct Result: Sendable, Equatable {
        /// The exit status, or the signal number when `killedBySignal`.
        package let status: Int32
        /// Whether a signal ended the process (e.g. SIGKILL = 9 from a crash point).
        package let killedBySignal: Bool
        package let standardOutput: String
        package let standardError: String
    }

    /// The folder holding the built executables (`.build/debug`), found from the test bundle's location.
    package static let binDirectory: URL = {
        if let override = ProcessInfo.processInfo.environment["RAKUTEN_SYNC_BIN"] {
            return URL(fileURLWithPath: override)
        }
        let candidates = [
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().deletingLastPathComponent(),
        ]
        for candidate in candidates
        where FileManager.default.isExecutableFile(atPath: candidate.appendingPathComponent("rakuten-sync").path) {
            return candidate
        }
        return candidates[0]
    }()

    /// The path of one of the project's executables, e.g. `rakuten-sync-orders`.
    package static func executable(_ name: String) -> String {
        binDirectory.appendingPathComponent(name).path
    }

    /// Runs `program` to completion (bounded by `timeout` seconds, then SIGKILL) and returns its result.
    ///
    /// Blocking: from async tests call it through `NIOThreadPool.singleton.runIfActive`.
    package static func run(
        _ program: String,
        _ arguments: [String],
        environment: [String: String] = [:],
        standardInput: String? = nil,
        currentDirectory: String? = nil,
        timeout: TimeInterval = 60
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        for name in [
            "RAKUTEN_SYNC_HOME", "RAKUTEN_SYNC_REPORTS", "RAKUTEN_SERVICE_SECRET", "RAKUTEN_LICENSE_KEY",
            "SMAREGI_CLIENT_SECRET", "SMTP_PASSWORD", "RAKUTEN_SYNC_CRASH_AT",
        ] {
            merged[name] = nil
        }
        merged.merge(environment) { _, new in new }
        process.environment = merged
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let standardInput { input.fileHandleForWriting.write(Data(standardInput.utf8)) }
        try input.fileHandleForWriting.close()
        let collector = OutputCollector(output: output, error: error)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        let (stdout, stderr) = collector.finish()
        return Result(
            status: process.terminationStatus,
            killedBySignal: process.terminationReason == .uncaughtSignal,
            standardOutput: stdout,
            standardError: stderr
        )
    }
}

/// Drains both pipes on background threads so a chatty child never blocks on a full pipe.
private final class OutputCollector: @unchecked Sendable {
    // @unchecked: `stdout`/`stderr` are written once by their reader thread before `group` is left,
    // and read only after `group.wait()`.
    private var stdout = Data()
    private var stderr = Data()
    private let group = DispatchGroup()

    init(output: Pipe, error: Pipe) {
        group.enter()
        group.enter()
        DispatchQueue.global().async {
            self.stdout = output.fileHandleForReading.readDataToEndOfFile()
            self.group.leave()
        }
        DispatchQueue.global().async {
            self.stderr = error.fileHandleForReading.readDataToEndOfFile()
            self.group.leave()
        }
    }

    func finish() -> (String, String) {
        group.wait()
        return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}

extension ProcessRunner {
    /// A background process the test stops itself (e.g. a lock holder).
    package final class Background: @unchecked Sendable {
        // @unchecked: `process` is only touched from the test that owns this value.
        private let process: Process

        init(process: Process) {
            self.process = process
        }

        /// Sends SIGKILL and waits for the process to end.
        package func terminate() {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    /// Starts `program` without waiting for it.
    package static func start(_ program: String, _ arguments: [String]) throws -> Background {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return Background(process: process)
    }
}
