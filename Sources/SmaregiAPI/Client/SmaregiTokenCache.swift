import Foundation

/// The current access token of one client, shared by copies of the client.
///
/// `@unchecked Sendable`: `token` and `expiresAt` are only touched while `lock` is held.
final class SmaregiTokenCache: @unchecked Sendable {
    private let lock = NSLock()
    private var token: String?
    private var expiresAt = Date.distantPast

    /// The cached token if it stays valid for more than `margin` seconds after `now`.
    func validToken(now: Date, margin: TimeInterval) -> String? {
        lock.withLock { token != nil && expiresAt.timeIntervalSince(now) > margin ? token : nil }
    }

    /// Stores a new token valid until `expiresAt`.
    func store(_ token: String, expiresAt: Date) {
        lock.withLock {
            self.token = token
            self.expiresAt = expiresAt
        }
    }

    /// Forgets the token (after a 401).
    func invalidate() {
        lock.withLock {
            token = nil
            expiresAt = .distantPast
        }
    }
}
