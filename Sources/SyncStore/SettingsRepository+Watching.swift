import Foundation

extension SettingsRepository {
    /// `deadmanMinutes()` when neither it nor the older `stale_after_minutes` is set.
    package static let defaultDeadmanMinutes = 10

    /// The dead-man threshold in minutes: `deadman_minutes`, else the older `stale_after_minutes` (kept readable for
    /// installations that set it), else 10.
    package func deadmanMinutes() throws -> Int {
        if try value(for: .deadmanMinutes) != nil { return try integer(for: .deadmanMinutes, default: 0) }
        return try integer(for: .staleAfterMinutes, default: Self.defaultDeadmanMinutes)
    }

    /// The date stored under `key` (ISO 8601), or nil when unset or unreadable.
    package func date(for key: SettingKey) throws -> Date? {
        try value(for: key).flatMap(StoredDate.date)
    }

    /// Stores `date` under `key`; nil deletes it.
    package func setDate(_ date: Date?, for key: SettingKey) throws {
        try set(date.map(StoredDate.text), for: key)
    }
}
