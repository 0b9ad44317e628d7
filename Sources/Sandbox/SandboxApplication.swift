import Foundation
import Hummingbird
import Logging

/// Builds the sandbox exactly as the executable runs it (tests call this too, style.md §3): both sides on one
/// router behind the fault injector, the request counters and the loopback guard of the control API.
package func buildSandboxApplication(configuration: SandboxConfiguration, logger: Logger? = nil)
    -> some ApplicationProtocol
{
    let parts = SandboxParts(configuration: configuration)
    return Application(
        responder: parts.responder,
        server: .http1(additionalChannelHandlers: [SandboxDateHeaderHandler()]),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port),
            serverName: "rakuten-sync-sandbox"
        ),
        logger: logger ?? Logger(label: "rakuten-sync.sandbox")
    )
}

/// Builds the sandbox and calls `onServerRunning` with the bound port once it listens (live tests, port 0).
package func buildSandboxApplication(
    configuration: SandboxConfiguration,
    logger: Logger? = nil,
    onServerRunning: @escaping @Sendable (Int) async -> Void
) -> some ApplicationProtocol {
    let parts = SandboxParts(configuration: configuration)
    return Application(
        responder: parts.responder,
        server: .http1(additionalChannelHandlers: [SandboxDateHeaderHandler()]),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port),
            serverName: "rakuten-sync-sandbox"
        ),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger ?? Logger(label: "rakuten-sync.sandbox")
    )
}

/// Runs the sandbox until SIGINT/SIGTERM; rejects an invalid seed before binding.
/// - Throws: `SandboxError.invalidSeed` for a seed that does not parse, or the server's error.
package func runSandbox(
    configuration: SandboxConfiguration,
    logger: Logger? = nil,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws {
    if let seed = configuration.seed { try SandboxParts.validate(seed: seed) }
    let app = buildSandboxApplication(configuration: configuration, logger: logger, onServerRunning: onServerRunning)
    try await app.runService()
}

/// The banner printed at start: base URL and the default credentials of both sides.
package func sandboxStartupDescription(configuration: SandboxConfiguration, port: Int) -> String {
    let rakuten = RakutenSandbox(configuration: configuration)
    let smaregi = SandboxParts.makeSmaregi(configuration: configuration)
    return """
        rakuten-sync-sandbox listening on http://\(configuration.host):\(port)
        \(rakuten.startupDescription)
        \(smaregi.defaultCredentialsDescription)
        rate limits: \(configuration.rateLimitsEnabled ? "on" : "off"); control API: http://\(configuration.host):\(port)/_sandbox/health
        """
}
