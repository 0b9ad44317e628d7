import Foundation

/// Waits for a condition instead of sleeping a guessed time: reads `value` every `interval` until `isDone`
/// accepts it or `timeout` has passed, and returns the last value read either way (the test's `#expect` on it then
/// says what was seen). Use it for what another process or the sandbox does in its own time (a late write, an
/// async job); keep a plain sleep only where the passing of real time is what the test is about, with a comment.
package func poll<Value: Sendable>(
    timeout: Duration = .seconds(10),
    every interval: Duration = .milliseconds(50),
    _ value: () async throws -> Value,
    until isDone: (Value) -> Bool
) async throws -> Value {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    var last = try await value()
    while !isDone(last), clock.now < deadline {
        try await Task.sleep(for: interval)
        last = try await value()
    }
    return last
}
