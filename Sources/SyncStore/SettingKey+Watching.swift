extension SettingKey {
    /// When the jobs last read the store's license-key expiry from RMS (ISO 8601 UTC); re-read daily.
    package static func licenseCheckedAt(store: String) -> SettingKey {
        SettingKey(rawValue: "license_checked_at_\(store)")
    }

    /// When the jobs last tried to read it (successfully or not), so that a failing read is retried hourly only.
    package static func licenseCheckTriedAt(store: String) -> SettingKey {
        SettingKey(rawValue: "license_check_tried_at_\(store)")
    }

    /// The last license-key notice mailed for the store: `<expiry> <stage>` (`LicenseNoticeStage.marker`).
    package static func licenseNoticeMailed(store: String) -> SettingKey {
        SettingKey(rawValue: "license_notice_mailed_\(store)")
    }

    /// Minutes a switched-on per-minute job may go without a success before `status` flags it and a dead-man
    /// alert is mailed (issue #11 §3); default 10. The mapping check gets at least three of its 5-minute intervals
    /// (15). Replaces `stale_after_minutes`, which is still read when this one is unset.
    package static let deadmanMinutes: SettingKey = "deadman_minutes"

    /// The JST hour (0–23) after which the first run of the day mails the store's roll-up of open problems;
    /// default 8. 24 or more: no roll-up.
    package static let rollupHour: SettingKey = "rollup_hour"

    /// The JST day (`yyyy-MM-dd`) the store's roll-up was last mailed.
    package static func rollupMailed(store: String) -> SettingKey {
        SettingKey(rawValue: "rollup_mailed_\(store)")
    }

    /// Set while a dead-man alert for `job` of `store` is mailed and not yet recovered (its value: when mailed).
    package static func deadmanAlerted(store: String, job: String) -> SettingKey {
        SettingKey(rawValue: "deadman_alerted_\(store)_\(job)")
    }
}
