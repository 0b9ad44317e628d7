import Foundation
import GRDB

/// One-shot markers in `settings` for problems the jobs watch (issue #11 §3: a dead-man alert), set and cleared
/// atomically so that of several jobs ending at once exactly one mails the problem and exactly one its recovery.
package struct WatchMarkerRepository: Sendable {
    private let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Sets `key` to `value` unless it is already set; true when this call set it.
    package func claim(_ key: SettingKey, value: String) throws -> Bool {
        try database.write("claim watch marker") { db in
            try db.execute(
                sql: "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                arguments: [key.rawValue, value]
            )
            return db.changesCount > 0
        }
    }

    /// Sets `key` to `value` unless it already holds exactly that value; true when this call changed it (so of
    /// several runs, one wins each new value, e.g. each JST day of the roll-up).
    package func advance(_ key: SettingKey, to value: String) throws -> Bool {
        try database.write("advance watch marker") { db in
            try db.execute(
                sql: """
                    INSERT INTO settings (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE settings.value <> excluded.value
                    """,
                arguments: [key.rawValue, value]
            )
            return db.changesCount > 0
        }
    }

    /// Deletes `key`; true when this call deleted it (it was set).
    package func clear(_ key: SettingKey) throws -> Bool {
        try database.write("clear watch marker") { db in
            try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [key.rawValue])
            return db.changesCount > 0
        }
    }

    /// Whether `key` is set.
    package func isSet(_ key: SettingKey) throws -> Bool {
        try database.read("read watch marker") { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM settings WHERE key = ?", arguments: [key.rawValue]) ?? false
        }
    }
}
