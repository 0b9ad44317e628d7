import Foundation

/// Counts API requests per (method, route pattern) and responses per status, for `GET /_sandbox/counters`.
package final class RequestCounters: @unchecked Sendable {
    // @unchecked: both dictionaries are only touched under `lock`.
    private let lock = NSLock()
    private var requests: [String: Int] = [:]
    private var statuses: [Int: Int] = [:]

    /// Creates empty counters.
    package init() {}

    /// Records one answered request, keyed `"<METHOD> <pattern>"`.
    package func record(method: String, route: String, status: Int) {
        lock.lock()
        defer { lock.unlock() }
        requests["\(method) \(route)", default: 0] += 1
        statuses[status, default: 0] += 1
    }

    /// How many requests were answered for `"<METHOD> <pattern>"`.
    package func count(_ key: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return requests[key] ?? 0
    }

    /// Clears everything (reset).
    package func reset() {
        lock.lock()
        defer { lock.unlock() }
        requests.removeAll()
        statuses.removeAll()
    }

    /// `{"requests": {"POST /es/2.0/order/searchOrder": 3}, "responses": {"200": 2, "429": 1}, "rateLimited": 1}`.
    package func snapshot() -> SandboxJSON {
        lock.lock()
        defer { lock.unlock() }
        var requestObject = SandboxJSONObject()
        for key in requests.keys.sorted() { requestObject[key] = .int(requests[key] ?? 0) }
        var statusObject = SandboxJSONObject()
        for key in statuses.keys.sorted() { statusObject[String(key)] = .int(statuses[key] ?? 0) }
        return .fields([
            "requests": .object(requestObject), "responses": .object(statusObject),
            "rateLimited": .int(statuses[429] ?? 0),
        ])
    }
}
