import CurlTransport
import TestSupport

/// Runs `work` on NIO's blocking pool and returns its outcome with the time it ran there.
///
/// Timing is measured on the pool thread, so time spent queueing behind other tests' blocking calls (the pool
/// has as many threads as cores, 2 in CI) does not count against the bounds the tests assert.
func runBlockingMeasured<T: Sendable>(
    _ work: @escaping @Sendable () throws -> T
) async throws -> (result: Result<T, any Error>, elapsed: Duration) {
    try await runBlocking {
        let started = ContinuousClock.now
        let result = Result { try work() }
        return (result, ContinuousClock.now - started)
    }
}

extension Result {
    /// The failure as a `CurlTransportError`, or `nil` on success or another error.
    var failure: CurlTransportError? {
        if case .failure(let error) = self { return error as? CurlTransportError }
        return nil
    }
}
