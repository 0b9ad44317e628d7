import Testing

@testable import SyncCore

struct LegacyOptionMatcherTests {
    @Test(arguments: [
        ("S", "白", RakutenPresence.found),
        ("M", "白", .optionMissing(available: ["M×黒", "S×白"])),
        ("S", "", .optionMissing(available: ["M×黒", "S×白"])),
    ])
    func findsTheCombinationByAxisOrder(horizontal: String, vertical: String, expected: RakutenPresence) {
        let presence = LegacyOptionMatcher.presence(
            horizontal: horizontal,
            vertical: vertical,
            selectorKeys: ["サイズ", "カラー"],
            variants: [["サイズ": "S", "カラー": "白"], ["サイズ": "M", "カラー": "黒"]]
        )
        #expect(presence == expected)
    }

    @Test func aOneAxisItemMatchesWithoutVertical() {
        let presence = LegacyOptionMatcher.presence(
            horizontal: "L",
            vertical: "",
            selectorKeys: ["サイズ"],
            variants: [["サイズ": "L"]]
        )
        #expect(presence == .found)
    }
}
