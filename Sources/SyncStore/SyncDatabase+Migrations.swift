import GRDB

/// The schema, as SQL migrations.
///
/// Rules (GRDB Migrations.md, design.md §3): a migration is never edited once it has shipped; later issues append
/// `"v2"`, `"v3"`... with `registerMigration` below the last one. Migrations are plain SQL and do not use
/// application types, so each one keeps meaning the same thing as the code grows.
///
/// Conventions: snake_case names; timestamps are `TEXT` in `StoredDate`'s ISO 8601 UTC form; booleans are
/// `INTEGER` 0/1; text settings a store has not filled in yet are `''` rather than NULL.
///
/// The SQL of each migration lives in a file named after the versions it holds (`SyncDatabase+MigrationV1.swift`,
/// `+MigrationsV2V3`, `+MigrationsV4toV6`, `+MigrationsV7toV10`); a new migration goes in a new file of its own
/// (or the newest one while it stays well under 300 lines) and is registered here, below the last one.
extension SyncDatabase {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3-orders") { db in
            try db.execute(sql: v3Orders)
        }
        migrator.registerMigration("v4-stock") { db in
            try db.execute(sql: v4Stock)
        }
        migrator.registerMigration("v5-shipping") { db in
            try db.execute(sql: v5Shipping)
        }
        migrator.registerMigration("v6-smaregi-tokens") { db in
            try db.execute(sql: v6SmaregiTokens)
        }
        migrator.registerMigration("v7-legacy-variant") { db in
            try db.execute(sql: v7LegacyVariant)
        }
        migrator.registerMigration("v8-alert-problems") { db in
            try db.execute(sql: v8AlertProblems)
        }
        migrator.registerMigration("v9-product-name") { db in
            try db.execute(sql: v9ProductName)
        }
        migrator.registerMigration("v10-watching") { db in
            try db.execute(sql: v10Watching)
        }
        return migrator
    }
}
