import Foundation
import GRDB

/// Reads and writes `smaregi_tokens` (v6): one Smaregi access token per store, kept between job runs.
package struct SmaregiTokenRepository: Sendable {
    private let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// The token stored for `store` under `key` (IdP, contract, client, scopes), or nil.
    package func token(store: String, key: String) throws -> (accessToken: String, expiresAt: Date)? {
        try database.read("read Smaregi token") { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT access_token, expires_at FROM smaregi_tokens WHERE store_code = ? AND cache_key = ?",
                    arguments: [store, key]
                )
            else { return nil }
            return (row["access_token"], try row.date("expires_at", table: "smaregi_tokens"))
        }
    }

    /// Keeps `accessToken` for `store`, replacing any token stored before; a store that does not exist is ignored.
    package func save(store: String, key: String, accessToken: String, expiresAt: Date, at now: Date) throws {
        try database.write("save Smaregi token") { db in
            guard try StoreRepository.exists(db, code: store) else { return }
            try db.execute(
                sql: """
                    INSERT INTO smaregi_tokens (store_code, cache_key, access_token, expires_at, updated_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (store_code) DO UPDATE SET cache_key = excluded.cache_key,
                      access_token = excluded.access_token, expires_at = excluded.expires_at,
                      updated_at = excluded.updated_at
                    """,
                arguments: [store, key, accessToken, StoredDate.text(expiresAt), StoredDate.text(now)]
            )
        }
    }

    /// Forgets the token of `store` (the API refused it).
    package func remove(store: String) throws {
        try database.write("remove Smaregi token") { db in
            try db.execute(sql: "DELETE FROM smaregi_tokens WHERE store_code = ?", arguments: [store])
        }
    }
}
