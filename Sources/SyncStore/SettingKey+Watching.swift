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
}
