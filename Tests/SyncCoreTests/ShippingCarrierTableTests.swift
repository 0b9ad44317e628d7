import Foundation
import SyncCore
import Testing

struct ShippingCarrierTableTests {
    @Test(arguments: [
        ("ヤマト運輸", "1001"), ("クロネコヤマト", "1001"), ("ヤマト", "1001"), ("ﾔﾏﾄ運輸", "1001"),
        ("ヤマト運輸株式会社", "1001"), (" ヤマト 運輸 ", "1001"), ("佐川急便", "1002"), ("佐川", "1002"),
        ("日本郵便", "1003"), ("ゆうパック", "1003"), ("ゆうパケット", "1003"), ("クリックポスト", "1003"),
        ("西濃運輸", "1004"), ("福山通運", "1006"), ("ＤＨＬ", "1018"), ("fedex", "1019"), ("日本通運", "1021"),
        ("ヤマト運輸 クロネコゆうパケット", "1030"), ("クロネコゆうパケット", "1030"), ("名鉄NX運輸", "1031"),
        ("その他", "1000"),
    ])
    func builtInNamesGiveRakutensCode(name: String, code: String) {
        #expect(CarrierTable().code(for: name) == code)
    }

    @Test(arguments: ["ハト急便", "", "   ", "ヤマト急便便"])
    func unknownNamesHaveNoCode(name: String) {
        #expect(CarrierTable().code(for: name) == nil)
    }

    @Test func merchantNamesWinOverTheBuiltInTable() {
        let table = CarrierTable(merchant: ["ハト急便": "1002", "ヤマト": "1030"])
        #expect(table.code(for: "ハト急便") == "1002")
        #expect(table.code(for: "ヤマト") == "1030")
        #expect(table.code(for: "ヤマト運輸") == "1001")
    }

    @Test(arguments: [("1000", true), ("1031", true), ("1032", false), ("佐川急便", false), ("", false)])
    func knownCodesAreThoseOfTheReference(code: String, known: Bool) {
        #expect(CarrierTable.isKnownCode(code) == known)
    }

    @Test(arguments: [
        ("2026-11-29", "2026-11-29"), ("2026/11/29", "2026-11-29"), ("2026-11-29T23:30:00+09:00", "2026-11-29"),
        ("2026-11-29T15:30:00Z", "2026-11-30"), ("", "2026-12-01"), ("tomorrow", "2026-12-01"),
        ("2026-02-30", "2026-12-01"),
    ])
    func shipDateIsRakutensJSTDay(smaregi: String, rakuten: String) {
        // 2026-11-30T16:00:00Z is 2026-12-01 01:00 JST: the fallback day is JST's, not UTC's.
        let fallback = Date(timeIntervalSince1970: 1_796_054_400)
        #expect(ShipDate.rakuten(smaregi, fallback: fallback) == rakuten)
    }
}
