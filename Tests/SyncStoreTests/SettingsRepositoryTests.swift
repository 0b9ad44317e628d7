import SyncStore
import TestSupport
import Testing

struct SettingsRepositoryTests {
    @Test func typedSettingsHaveTheirDefaults() throws {
        let settings = SettingsRepository(database: try StoreFixtures.makeInMemoryDatabase())

        #expect(try settings.maxStores() == 5)
        #expect(try settings.alertDedupHours() == 24)
        #expect(try settings.staleAfterMinutes() == 15)
        #expect(try settings.licenseWarningDays() == 14)
        #expect(try settings.smtp() == nil)
    }

    @Test func typedSettingsStoreTheirValues() throws {
        let settings = SettingsRepository(database: try StoreFixtures.makeInMemoryDatabase())

        try settings.set("12", for: .maxStores)
        try settings.set("6", for: .alertDedupHours)
        try settings.set("30", for: .staleAfterMinutes)
        try settings.set("7", for: .licenseWarningDays)

        #expect(try settings.maxStores() == 12)
        #expect(try settings.alertDedupHours() == 6)
        #expect(try settings.staleAfterMinutes() == 30)
        #expect(try settings.licenseWarningDays() == 7)
        #expect(try settings.value(for: .maxStores) == "12")
    }

    @Test func genericValueCanBeSetOverwrittenAndCleared() throws {
        let settings = SettingsRepository(database: try StoreFixtures.makeInMemoryDatabase())
        let key: SettingKey = "demo_mode"

        try settings.set("on", for: key)
        try settings.set("off", for: key)
        #expect(try settings.value(for: key) == "off")

        try settings.set(nil, for: key)
        #expect(try settings.value(for: key) == nil)
    }

    @Test func clearingATypedSettingRestoresItsDefault() throws {
        let settings = SettingsRepository(database: try StoreFixtures.makeInMemoryDatabase())
        try settings.set("1", for: .maxStores)

        try settings.set(nil, for: .maxStores)

        #expect(try settings.maxStores() == 5)
    }

    @Test func nonNumericTypedSettingIsReported() throws {
        let settings = SettingsRepository(database: try StoreFixtures.makeInMemoryDatabase())
        try settings.set("lots", for: .maxStores)

        #expect(throws: SyncStoreError.invalidStoredValue(table: "settings", column: "max_stores", value: "lots")) {
            try settings.maxStores()
        }
    }

    @Test func smtpSettingsRoundTripAndClear() throws {
        let settings = SettingsRepository(database: try StoreFixtures.makeInMemoryDatabase())
        let smtp = SMTPSettings(
            url: "smtps://mail.example.jp:465",
            from: "rakuten-sync@example.jp",
            username: "sync",
            password: "mail-password"
        )

        try settings.setSMTP(smtp)
        #expect(try settings.smtp() == smtp)
        #expect(try settings.value(for: .smtpPassword) == "mail-password")

        try settings.setSMTP(SMTPSettings(url: "smtp://127.0.0.1:2525", from: "a@example.jp"))
        #expect(try settings.smtp() == SMTPSettings(url: "smtp://127.0.0.1:2525", from: "a@example.jp"))

        try settings.setSMTP(nil)
        #expect(try settings.smtp() == nil)
        #expect(try settings.value(for: .smtpFrom) == nil)
    }
}
