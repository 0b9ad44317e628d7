import GRDB

/// Reads and writes `settings`: global key/value configuration with typed accessors and defaults.
package struct SettingsRepository: Sendable {
    /// `maxStores()` when the setting is absent.
    package static let defaultMaxStores = 5
    /// `alertDedupHours()` when the setting is absent.
    package static let defaultAlertDedupHours = 24
    /// `staleAfterMinutes()` when the setting is absent.
    package static let defaultStaleAfterMinutes = 15
    /// `licenseWarningDays()` when the setting is absent.
    package static let defaultLicenseWarningDays = 14

    private let database: SyncDatabase

    /// A repository over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// The stored text for `key`, or nil when unset.
    package func value(for key: SettingKey) throws -> String? {
        try database.read("read setting") { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key.rawValue])
        }
    }

    /// Stores `value` under `key`; nil deletes the setting, so its default applies again.
    package func set(_ value: String?, for key: SettingKey) throws {
        try database.write("write setting") { db in
            if let value {
                try db.execute(
                    sql: """
                        INSERT INTO settings (key, value) VALUES (?, ?)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value
                        """,
                    arguments: [key.rawValue, value]
                )
            } else {
                try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [key.rawValue])
            }
        }
    }

    /// The integer stored under `key`, or `defaultValue` when unset; throws when the text is not an integer.
    package func integer(for key: SettingKey, default defaultValue: Int) throws -> Int {
        guard let text = try value(for: key) else {
            return defaultValue
        }
        guard let number = Int(text) else {
            throw SyncStoreError.invalidStoredValue(table: "settings", column: key.rawValue, value: text)
        }
        return number
    }

    /// How many stores may exist; default 5.
    package func maxStores() throws -> Int {
        try integer(for: .maxStores, default: Self.defaultMaxStores)
    }

    /// Hours within which the same alert code and record are not mailed again; default 24.
    package func alertDedupHours() throws -> Int {
        try integer(for: .alertDedupHours, default: Self.defaultAlertDedupHours)
    }

    /// Minutes after which a job with no newer run counts as stale; default 15.
    package func staleAfterMinutes() throws -> Int {
        try integer(for: .staleAfterMinutes, default: Self.defaultStaleAfterMinutes)
    }

    /// Days before license expiry from which a warning is raised; default 14.
    package func licenseWarningDays() throws -> Int {
        try integer(for: .licenseWarningDays, default: Self.defaultLicenseWarningDays)
    }

    /// The SMTP settings, or nil while no SMTP URL is set (mail then stays in `data/outbox/`).
    package func smtp() throws -> SMTPSettings? {
        try database.read("read SMTP settings") { db in
            let keys: [SettingKey] = [.smtpURL, .smtpFrom, .smtpUsername, .smtpPassword, .smtpAllowPlainAuth]
            var values: [String: String] = [:]
            for key in keys {
                values[key.rawValue] = try String.fetchOne(
                    db,
                    sql: "SELECT value FROM settings WHERE key = ?",
                    arguments: [key.rawValue]
                )
            }
            guard let url = values[SettingKey.smtpURL.rawValue], !url.isEmpty else {
                return nil
            }
            return SMTPSettings(
                url: url,
                from: values[SettingKey.smtpFrom.rawValue] ?? "",
                username: values[SettingKey.smtpUsername.rawValue],
                password: values[SettingKey.smtpPassword.rawValue],
                allowsPlainAuthentication: values[SettingKey.smtpAllowPlainAuth.rawValue] == "1"
            )
        }
    }

    /// Replaces the SMTP settings in one transaction; nil removes them all (no mail is sent).
    package func setSMTP(_ settings: SMTPSettings?) throws {
        try database.write("write SMTP settings") { db in
            let pairs: [(SettingKey, String?)] = [
                (.smtpURL, settings?.url),
                (.smtpFrom, settings?.from),
                (.smtpUsername, settings?.username),
                (.smtpPassword, settings?.password),
                (.smtpAllowPlainAuth, settings?.allowsPlainAuthentication == true ? "1" : nil),
            ]
            for (key, value) in pairs {
                if let value {
                    try db.execute(
                        sql: """
                            INSERT INTO settings (key, value) VALUES (?, ?)
                            ON CONFLICT (key) DO UPDATE SET value = excluded.value
                            """,
                        arguments: [key.rawValue, value]
                    )
                } else {
                    try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [key.rawValue])
                }
            }
        }
    }
}
