import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Sandbox

/// `rakuten-sync-sandbox`: serves the Rakuten RMS and Smaregi sandboxes on loopback (docs/sandbox.md).
@main
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rakuten-sync-sandbox",
        abstract: "Serve the Rakuten RMS and Smaregi API sandboxes on one port."
    )

    @Option(help: "TCP port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "Interface to bind; keep loopback unless you know why.")
    var host: String = "127.0.0.1"

    @Option(help: "Seed file (JSON with a \"rakuten\" and a \"smaregi\" part).")
    var seed: String?

    @Flag(help: "Turn the per-license-key rate limits off.")
    var noRateLimits = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0...65535") }
        if let seed, !FileManager.default.isReadableFile(atPath: seed) {
            throw ValidationError("--seed \(seed) is not a readable file")
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        let seedData = try seed.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        let configuration = SandboxConfiguration(
            host: host,
            port: port,
            seed: seedData,
            rateLimitsEnabled: !noRateLimits
        )
        try await runSandbox(configuration: configuration) { boundPort in
            let banner = sandboxStartupDescription(configuration: configuration, port: boundPort) + "\n"
            FileHandle.standardOutput.write(Data(banner.utf8))
        }
    }
}
