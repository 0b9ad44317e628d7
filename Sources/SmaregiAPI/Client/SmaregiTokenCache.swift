import Foundation

/// The current access token of one client, shared by copies of the client, and backed by an optional
/// `SmaregiTokenStore` that keeps it between processes.
///
/// `@unchecked Sendable`: `token` and `expiresAt` are only touched while `lock` is held.
final class SmaregiTokenCache: @unchecked Sendable {
    private let lock = NSLock()
    private var token: String?
    private var expiresAt = Date.distantPast
    private var consultedStore = false
    private let key: String
    private let store: (any SmaregiTokenStore)?

    /// A cache for tokens issued under `key`, kept in `store` when there is one.
    init(key: String = "", store: (any SmaregiTokenStore)? = nil) {
        self.key = key
        self.store = store
    }

    /// The cached token if it stays valid for more than `margin` seconds after `now`. The persistent store is
    /// asked once per process, the first time the memory holds nothing.
    func validToken(now: Date, margin: TimeInterval) -> String? {
        lock.withLock {
            if token == nil, !consultedStore, let store {
                consultedStore = true
                if let stored = store.loadToken(key: key), stored.key == key, !stored.accessToken.isEmpty {
                    token = stored.accessToken
                    expiresAt = stored.expiresAt
                }
            }
            return token != nil && expiresAt.timeIntervalSince(now) > margin ? token : nil
        }
    }

    /// Stores a new token valid until `expiresAt`, in memory and in the persistent store.
    func store(_ token: String, expiresAt: Date) {
        lock.withLock {
            self.token = token
            self.expiresAt = expiresAt
            consultedStore = true
        }
        store?.saveToken(SmaregiStoredToken(key: key, accessToken: token, expiresAt: expiresAt))
    }

    /// Forgets the token (after a 401), in memory and in the persistent store.
    func invalidate() {
        lock.withLock {
            token = nil
            expiresAt = .distantPast
            consultedStore = true
        }
        store?.forgetToken(key: key)
    }
}
