import Foundation
import Hummingbird

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
        let smaregi = SmaregiSandbox(
            rateLimitsEnabled: configuration.rateLimitsEnabled,
            clockOffset: configuration.clockOffset
        )
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
