import SyncStore
import TestSupport
import Testing

struct StoreRecordTests {
    @Test func descriptionMasksEverySecret() {
        let store = StoreFixtures.makeStoreRecord(code: "shop-a")

        let texts = [store.description, String(reflecting: store), "\(store)", Self.dumped(store)]

        for text in texts {
            #expect(text.contains("shop-a"))
            #expect(!text.contains(store.serviceSecret))
            #expect(!text.contains(store.licenseKey))
            #expect(!text.contains(store.smaregiClientSecret))
        }
    }

    @Test(arguments: [
        ("", "(not set)"),
        ("short", "****"),
        ("SP123456_abcdefXY", "****XY"),
    ])
    func maskShowsOnlyWhatIsSafe(secret: String, expected: String) {
        #expect(StoreRecord.masked(secret) == expected)
    }

    @Test func smtpDescriptionMasksThePassword() {
        let settings = SMTPSettings(
            url: "smtp://mail.example.jp:587",
            from: "a@example.jp",
            username: "u",
            password: "p@ss-secret"
        )

        #expect(!settings.description.contains("p@ss-secret"))
        #expect(settings.description.contains("mail.example.jp"))
    }

    private static func dumped(_ value: some Any) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }
}
