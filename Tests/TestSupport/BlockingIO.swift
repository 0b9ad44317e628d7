import NIOPosix

/// Runs blocking work (curl calls, process waits) on NIO's thread pool so async tests never block the
/// cooperative pool, which would starve a live Hummingbird server on 2 cores (style.md §2).
@discardableResult
package func runBlocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await NIOThreadPool.singleton.runIfActive { try work() }
}
