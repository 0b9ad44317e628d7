import Foundation

/// An access token kept between processes, so a job started every minute does not ask the IdP for a new token on
/// every run (issue #6: an idle 在庫更新 run makes at most two remote calls).
package struct SmaregiStoredToken: Sendable, Equatable {
    /// Which IdP, contract, client and scopes the token was issued for (no secret in it); a token stored under
    /// another key is not used.
    package var key: String
    /// The bearer token (a secret: never logged or printed).
    package var accessToken: String
    /// When the IdP said it expires.
    package var expiresAt: Date

    /// A stored token.
    package init(key: String, accessToken: String, expiresAt: Date) {
        self.key = key
        self.accessToken = accessToken
        self.expiresAt = expiresAt
    }
}

/// Where a client keeps its access token between processes (the database, for the jobs). Implementations swallow
/// their own failures: a token that cannot be stored or read only costs one token request.
package protocol SmaregiTokenStore: Sendable {
    /// The token stored under `key`, or nil.
    func loadToken(key: String) -> SmaregiStoredToken?
    /// Keeps `token`, replacing the one stored before.
    func saveToken(_ token: SmaregiStoredToken)
    /// Forgets the stored token (the API refused it with a 401).
    func forgetToken(key: String)
}
