/// `GET /_sandbox/counters` (docs/sandbox.md "Control API"): what the sandbox answered so far, control calls not
/// counted.
package struct SandboxCounters: Decodable, Sendable, Equatable {
    /// Answered requests per `"<METHOD> <route>"`, e.g. `POST /es/2.0/order/searchOrder`.
    package var requests: [String: Int]
    /// Answers per HTTP status, e.g. `"429"`.
    package var responses: [String: Int]
    /// How many answers were 429 (the rate limits of both services).
    package var rateLimited: Int

    /// The requests whose `"<METHOD> <route>"` `matches`, summed over routes.
    package func requestCount(where matches: (String) -> Bool) -> Int {
        requests.filter { matches($0.key) }.values.reduce(0, +)
    }

    /// The requests whose `"<METHOD> <route>"` starts with `prefix`, summed over routes.
    package func requestCount(startingWith prefix: String) -> Int {
        requests.filter { $0.key.hasPrefix(prefix) }.values.reduce(0, +)
    }

    /// The requests whose `"<METHOD> <route>"` contains `fragment` (e.g. `bulk-upsert`), summed over routes.
    package func requestCount(containing fragment: String) -> Int {
        requests.filter { $0.key.contains(fragment) }.values.reduce(0, +)
    }
}
