/// The name of one row of `settings`; the known keys are the static members.
package struct SettingKey: Sendable, Hashable, RawRepresentable, ExpressibleByStringLiteral {
    /// The text stored in `settings.key`.
    package var rawValue: String

    /// A key with this name.
    package init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A key from a string literal.
    package init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// How many stores may be created (design.md §6 "limits"); default 5.
    package static let maxStores: SettingKey = "max_stores"
    /// SMTP server URL (`smtp://host:587` or `smtps://host:465`); no mail is sent while unset.
    package static let smtpURL: SettingKey = "smtp_url"
    /// The From address of alert mail.
    package static let smtpFrom: SettingKey = "smtp_from"
    /// SMTP login name, when the server asks for one.
    package static let smtpUsername: SettingKey = "smtp_username"
    /// SMTP password (secret).
    package static let smtpPassword: SettingKey = "smtp_password"
    /// `1` when the SMTP password may be sent without TLS (a loopback relay; `smtp set --allow-plain-auth`).
    package static let smtpAllowPlainAuth: SettingKey = "smtp_allow_plain_auth"
    /// The same alert code and record are mailed at most once per this many hours; default 24.
    package static let alertDedupHours: SettingKey = "alert_dedup_hours"
    /// `status` calls a job stale when its last run started longer ago than this; default 15.
    package static let staleAfterMinutes: SettingKey = "stale_after_minutes"
    /// A license key this close to expiry (in days) raises a warning; default 14.
    package static let licenseWarningDays: SettingKey = "license_warning_days"
    /// The shard of the stores this data directory's host runs, `K/N` (0-based K; docs/scaling.md); unset = every store.
    package static let shard: SettingKey = "shard"
    /// How many stores a job started without `--store` runs at once (issue #14 §1); default in SyncJobs' StorePool.
    package static let storeConcurrency: SettingKey = "store_concurrency"
}
