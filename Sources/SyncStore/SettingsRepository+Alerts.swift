extension SettingsRepository {
    /// `outageAlertMinutes()` when the setting is absent.
    package static let defaultOutageAlertMinutes = 10

    /// Minutes a remote service must stay unavailable before the store-wide outage mail goes out; default 10.
    package func outageAlertMinutes() throws -> Int {
        try integer(for: .outageAlertMinutes, default: Self.defaultOutageAlertMinutes)
    }
}
