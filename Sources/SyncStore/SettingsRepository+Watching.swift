import Foundation

extension SettingsRepository {
    /// The date stored under `key` (ISO 8601), or nil when unset or unreadable.
    package func date(for key: SettingKey) throws -> Date? {
        try value(for: key).flatMap(StoredDate.date)
    }

    /// Stores `date` under `key`; nil deletes it.
    package func setDate(_ date: Date?, for key: SettingKey) throws {
        try set(date.map(StoredDate.text), for: key)
    }
}
