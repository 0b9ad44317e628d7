import GRDB

/// The schema, as SQL migrations.
///
/// Rules (GRDB Migrations.md, design.md §3): a migration is never edited once it has shipped; later issues append
/// `"v11-…"`, `"v12-…"`... to `migrations` below the last one. Migrations are plain SQL and do not use application
/// types, so each one keeps meaning the same thing as the code grows.
///
/// Conventions: snake_case names; timestamps are `TEXT` in `StoredDate`'s ISO 8601 UTC form; booleans are
/// `INTEGER` 0/1; text settings a store has not filled in yet are `''` rather than NULL.
///
/// The SQL of each migration lives in a file named after the versions it holds (`SyncDatabase+MigrationV1.swift`,
/// `+MigrationsV2V3`, `+MigrationsV4toV6`, `+MigrationsV7toV10`); a new migration goes in a new file of its own
/// (or the newest one while it stays well under 300 lines).
extension SyncDatabase {
    /// Every migration in the order it runs: its identifier (stored by GRDB, never renamed) and its SQL.
    static let migrations: [(name: String, sql: String)] = [
        ("v1", v1),
        ("v2", v2),
        ("v3-orders", v3Orders),
        ("v4-stock", v4Stock),
        ("v5-shipping", v5Shipping),
        ("v6-smaregi-tokens", v6SmaregiTokens),
        ("v7-legacy-variant", v7LegacyVariant),
        ("v8-alert-problems", v8AlertProblems),
        ("v9-product-name", v9ProductName),
        ("v10-watching", v10Watching),
    ]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            let sql = migration.sql
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: sql)
            }
        }
        return migrator
    }
}
