import Foundation

/// A self-signed certificate for `localhost` / `127.0.0.1`, generated with `openssl req -x509` in a temp dir.
package struct TLSTestCertificate: Sendable, Equatable {
    /// The PEM certificate; pass it as CA bundle to trust the test servers.
    package let certificatePath: String
    /// The PEM private key (unencrypted).
    package let keyPath: String

    /// Generates a fresh P-256 certificate valid for two days in `directory`.
    package static func generate(in directory: URL) throws -> TLSTestCertificate {
        let certificate = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", key, "-out", certificate, "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        guard openssl.terminationStatus == 0 else {
            throw TestServerError.startFailed("openssl req exited with \(openssl.terminationStatus)")
        }
        return TLSTestCertificate(certificatePath: certificate, keyPath: key)
    }
}

/// A loopback HTTPS server (Python `http.server` + `ssl`, `Fixtures/scripts/https_server.py`) answering
/// `200 tls ok` with a self-signed certificate, to prove the HTTP client verifies TLS peers.
package final class TLSTestServer: Sendable {
    /// The certificate the server presents.
    package let certificate: TLSTestCertificate
    /// The listening port on `bindAddress`.
    package let port: Int
    /// The loopback address the server listens on.
    package let bindAddress: String
    private let process: ScriptProcess

    /// `https://localhost:<port>` (or the bind address when it is not 127.0.0.1).
    package var baseURL: String { "https://\(bindAddress == "127.0.0.1" ? "localhost" : bindAddress):\(port)" }

    /// Generates a certificate (for `localhost` and 127.0.0.1), starts the server on `bindAddress` and waits
    /// until it listens. Bind another loopback address (e.g. 127.0.0.2) to test host-name verification.
    package static func start(bindAddress: String = "127.0.0.1") async throws -> TLSTestServer {
        let directory = try ScriptProcess.makeTemporaryDirectory(prefix: "tls-test-server")
        let certificate = try TLSTestCertificate.generate(in: directory)
        let process = try await ScriptProcess.launch(
            script: "https_server",
            arguments: [
                "--dir", directory.path, "--cert", certificate.certificatePath, "--key", certificate.keyPath, "--bind",
                bindAddress,
            ],
            directory: directory
        )
        return TLSTestServer(certificate: certificate, bindAddress: bindAddress, process: process)
    }

    private init(certificate: TLSTestCertificate, bindAddress: String, process: ScriptProcess) {
        self.certificate = certificate
        self.port = process.port
        self.bindAddress = bindAddress
        self.process = process
    }

    /// Stops the server (also done on deinit).
    package func stop() { process.stop() }
}

/// Errors of the test servers in TestSupport.
package enum TestServerError: Error, CustomStringConvertible {
    /// The helper process did not start or did not become ready.
    case startFailed(String)
    /// Expected messages did not arrive in time.
    case timedOut(String)

    /// A readable explanation.
    package var description: String {
        switch self {
        case .startFailed(let reason): "test server did not start: \(reason)"
        case .timedOut(let reason): "test server timed out: \(reason)"
        }
    }
}

/// A Python helper script from `Fixtures/scripts` run with `/usr/bin/python3` (the interpreter that has
/// aiosmtpd), which reports readiness by writing its port to `<directory>/ready`.
///
/// `@unchecked Sendable`: `Process` is only touched in `launch` and `stop`, and `stop` is idempotent under `lock`.
final class ScriptProcess: @unchecked Sendable {
    let port: Int
    let directory: URL
    private let process: Process
    private let lock = NSLock()
    private var stopped = false

    private init(port: Int, directory: URL, process: Process) {
        self.port = port
        self.directory = directory
        self.process = process
    }

    deinit { stop() }

    /// A new empty directory under the system temp dir.
    static func makeTemporaryDirectory(prefix: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Starts `Fixtures/scripts/<script>.py` and waits (up to 10 s) for its `ready` file.
    static func launch(script: String, arguments: [String], directory: URL) async throws -> ScriptProcess {
        guard
            let scriptURL = Bundle.module.url(
                forResource: script,
                withExtension: "py",
                subdirectory: "Fixtures/scripts"
            )
        else { throw TestServerError.startFailed("Fixtures/scripts/\(script).py is not in the bundle") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [scriptURL.path] + arguments
        let log = directory.appendingPathComponent("server.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        process.standardOutput = logHandle
        process.standardError = logHandle
        try process.run()
        let readyFile = directory.appendingPathComponent("ready")
        let started = ContinuousClock.now
        while ContinuousClock.now - started < .seconds(10) {
            if let text = try? String(contentsOf: readyFile, encoding: .utf8), let port = Int(text) {
                return ScriptProcess(port: port, directory: directory, process: process)
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.terminate()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        throw TestServerError.startFailed("\(script).py did not become ready: \(output.suffix(2000))")
    }

    /// Terminates the process (SIGTERM, then SIGKILL after 300 ms), waits for it (typically ~20 ms) and
    /// deletes its directory.
    func stop() {
        let shouldStop = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard shouldStop else { return }
        if process.isRunning {
            process.terminate()
            let started = ContinuousClock.now
            while process.isRunning && ContinuousClock.now - started < .milliseconds(300) { usleep(5000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }
}
