extension SettingKey {
    /// A Rakuten or Smaregi outage is mailed (once, for the store) only after it has lasted this many minutes;
    /// default 10.
    package static let outageAlertMinutes: SettingKey = "outage_alert_minutes"
}
