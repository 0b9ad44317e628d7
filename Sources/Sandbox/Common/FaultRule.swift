import Foundation

/// One fault-injection rule, as posted to `POST /_sandbox/faults`.
package struct FaultRule: Sendable, Equatable, Codable {
    /// Only requests with this HTTP method (any when `nil`).
    package var method: String?
    /// Only requests whose path starts with this prefix.
    package var pathPrefix: String
    /// Status to answer instead of the real handler (e.g. 503, 429, 500).
    package var status: Int?
    /// Probability (0...1) that a matching request is hit.
    package var rate: Double
    /// Delay added before answering (with or without another fault).
    package var latencyMs: Int?
    /// Hang without answering until the client gives up (or `hangSeconds` pass).
    package var timeout: Bool?
    /// Close the connection without an answer.
    package var drop: Bool?
    /// Maximum number of injections (unlimited when `nil`).
    package var count: Int?
    /// Seed of the rule's PRNG.
    package var seed: UInt64
    /// Upper bound for a `timeout` hang, in seconds (default 120).
    package var hangSeconds: Double?
    /// A raw body to answer with instead of the real one (status `status`, else 200; `Content-Type:
    /// application/json` whatever it holds), to play a malformed or truncated response.
    package var body: String?
    /// Matching requests let through untouched before the rule can fire (e.g. `1`: the second getOrder fails).
    package var after: Int?
    /// With `latencyMs`: the request is still handled (and its write applied) once the delay has passed, even when
    /// the client gave up waiting and closed the connection — a server that processes a request late.
    package var applyLate: Bool?

    enum CodingKeys: String, CodingKey {
        case method, pathPrefix, status, rate, latencyMs, timeout, drop, count, seed, hangSeconds, body, after,
            applyLate
    }

    /// Creates a rule.
    package init(
        method: String? = nil,
        pathPrefix: String,
        status: Int? = nil,
        rate: Double = 1,
        latencyMs: Int? = nil,
        timeout: Bool? = nil,
        drop: Bool? = nil,
        count: Int? = nil,
        seed: UInt64 = 0,
        hangSeconds: Double? = nil,
        body: String? = nil,
        after: Int? = nil,
        applyLate: Bool? = nil
    ) {
        self.method = method
        self.pathPrefix = pathPrefix
        self.status = status
        self.rate = rate
        self.latencyMs = latencyMs
        self.timeout = timeout
        self.drop = drop
        self.count = count
        self.seed = seed
        self.hangSeconds = hangSeconds
        self.body = body
        self.after = after
        self.applyLate = applyLate
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        method = try c.decodeIfPresent(String.self, forKey: .method)?.uppercased()
        pathPrefix = try c.decodeIfPresent(String.self, forKey: .pathPrefix) ?? "/"
        status = try c.decodeIfPresent(Int.self, forKey: .status)
        rate = try c.decodeIfPresent(Double.self, forKey: .rate) ?? 1
        latencyMs = try c.decodeIfPresent(Int.self, forKey: .latencyMs)
        timeout = try c.decodeIfPresent(Bool.self, forKey: .timeout)
        drop = try c.decodeIfPresent(Bool.self, forKey: .drop)
        count = try c.decodeIfPresent(Int.self, forKey: .count)
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed) ?? 0
        hangSeconds = try c.decodeIfPresent(Double.self, forKey: .hangSeconds)
        body = try c.decodeIfPresent(String.self, forKey: .body)
        after = try c.decodeIfPresent(Int.self, forKey: .after)
        applyLate = try c.decodeIfPresent(Bool.self, forKey: .applyLate)
    }

    /// Whether the rule is well formed (rate in 0...1, something to inject).
    var isValid: Bool {
        (0...1).contains(rate) && pathPrefix.hasPrefix("/")
            && (status != nil || latencyMs != nil || timeout == true || drop == true || body != nil)
            && (status.map { (100...599).contains($0) } ?? true) && (count.map { $0 >= 0 } ?? true)
            && (after.map { $0 >= 0 } ?? true)
            && (applyLate != true
                || (latencyMs ?? 0) > 0 && status == nil && timeout != true && drop != true && body == nil)
    }
}
