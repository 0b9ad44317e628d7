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

/// The pieces of one sandbox instance, wired together.
struct SandboxParts {
    let rakuten: RakutenSandbox
    let smaregi: SmaregiSandbox
    let faults = FaultInjector()
    let counters = RequestCounters()
    let router = Router(context: BasicRequestContext.self)
    let configuration: SandboxConfiguration

    init(configuration: SandboxConfiguration) {
        self.configuration = configuration
        self.rakuten = RakutenSandbox(configuration: configuration)
        self.smaregi = Self.makeSmaregi(configuration: configuration)
        rakuten.addRoutes(to: router)
        smaregi.addRoutes(to: router)
        addSharedControlRoutes()
    }

    var responder: SandboxResponder<RouterResponder<BasicRequestContext>> {
        SandboxResponder(inner: router.buildResponder(), faults: faults, counters: counters)
    }

    static func makeSmaregi(configuration: SandboxConfiguration) -> SmaregiSandbox {
        let smaregi = SmaregiSandbox(rateLimitsEnabled: configuration.rateLimitsEnabled, clockOffset: configuration.clockOffset)
        applySmaregiSeed(configuration.seed, to: smaregi)
        return smaregi
    }

    static func applySmaregiSeed(_ seed: Data?, to smaregi: SmaregiSandbox) {
        guard let part = seed.flatMap(smaregiPart) else { return }
        try? smaregi.applySeed(part)
    }

    /// The `smaregi` member of a seed file, re-serialised.
    static func smaregiPart(_ seed: Data) -> Data? {
        guard let part = SandboxJSON.parse(seed)?["smaregi"], !part.isNull else { return nil }
        return part.serialized()
    }

    /// Throws when either part of the seed does not parse.
    static func validate(seed: Data) throws {
        guard SandboxJSON.parse(seed)?.objectValue != nil else {
            throw SandboxError.invalidSeed(side: "file", reason: "not a JSON object")
        }
        let rakutenSeed = try RakutenSeed.parse(fileData: seed)
        let probe = RakutenSandbox(configuration: SandboxConfiguration())
        for shop in rakutenSeed.shops { try probe.applyShopSeed(shop) }
        if let part = smaregiPart(seed) {
            do { try SmaregiSandbox().applySeed(part) } catch {
                throw SandboxError.invalidSeed(side: "smaregi", reason: "\(error)")
            }
        }
    }

    /// `/_sandbox/health`, `/_sandbox/reset`, `/_sandbox/faults`, `/_sandbox/counters`.
    private func addSharedControlRoutes() {
        let (rakuten, smaregi, faults, counters, seed) = (rakuten, smaregi, faults, counters, configuration.seed)
        router.get("/_sandbox/health") { _, _ in
            SandboxHTTP.json(
                .fields(["status": .string("ok"), "sides": .array([.string("rakuten"), .string("smaregi")])])
            )
        }
        router.post("/_sandbox/reset") { _, _ in
            rakuten.reset()
            smaregi.reset()
            Self.applySmaregiSeed(seed, to: smaregi)
            faults.removeAll()
            counters.reset()
            return SandboxHTTP.json(.fields(["status": .string("reset")]))
        }
        router.get("/_sandbox/counters") { _, _ in SandboxHTTP.json(counters.snapshot()) }
        router.get("/_sandbox/faults") { _, _ in SandboxHTTP.json(faults.snapshot()) }
        router.delete("/_sandbox/faults") { _, _ in
            faults.removeAll()
            return SandboxHTTP.json(faults.snapshot())
        }
        router.post("/_sandbox/faults") { request, _ in
            let data = try await SandboxHTTP.body(of: request)
            struct RuleList: Decodable {
                var rules: [FaultRule]
                enum CodingKeys: String, CodingKey { case rules }
            }
            let rules: [FaultRule]
            if let list = try? JSONDecoder().decode(RuleList.self, from: data) {
                rules = list.rules
            } else if let rule = try? JSONDecoder().decode(FaultRule.self, from: data) {
                rules = [rule]
            } else {
                return SandboxHTTP.controlError("body must be a fault rule or {\"rules\": [...]}")
            }
            guard faults.add(rules) else {
                return SandboxHTTP.controlError(
                    "rate must be 0...1, pathPrefix must start with /, and a rule needs status, latencyMs, timeout or drop"
                )
            }
            return SandboxHTTP.json(faults.snapshot(), status: .created)
        }
    }
}
