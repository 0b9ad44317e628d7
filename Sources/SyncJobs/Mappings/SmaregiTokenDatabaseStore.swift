import Foundation
import Logging
import SmaregiAPI
import SyncStore

/// Keeps a store's Smaregi access token in the database between runs (v6 `smaregi_tokens`), so the jobs started
/// every minute reuse it until it nears its expiry instead of asking the IdP each time.
///
/// A database failure is logged (without the token) and otherwise ignored: it only costs a token request.
struct SmaregiTokenDatabaseStore: SmaregiTokenStore {
    let database: SyncDatabase
    let store: String
    let logger: Logger
    /// Where the time a token is saved at comes from.
    var clock: @Sendable () -> Date = WallClock.now

    func loadToken(key: String) -> SmaregiStoredToken? {
        do {
            return try SmaregiTokenRepository(database: database).token(store: store, key: key).map {
                SmaregiStoredToken(key: key, accessToken: $0.accessToken, expiresAt: $0.expiresAt)
            }
        } catch {
            logger.warning("could not read the stored Smaregi token of store \(store): \(error)")
            return nil
        }
    }

    func saveToken(_ token: SmaregiStoredToken) {
        do {
            try SmaregiTokenRepository(database: database).save(
                store: store,
                key: token.key,
                accessToken: token.accessToken,
                expiresAt: token.expiresAt,
                at: clock()
            )
        } catch {
            logger.warning("could not store the Smaregi token of store \(store): \(error)")
        }
    }

    func forgetToken(key: String) {
        do {
            try SmaregiTokenRepository(database: database).remove(store: store)
        } catch {
            logger.warning("could not forget the Smaregi token of store \(store): \(error)")
        }
    }
}
