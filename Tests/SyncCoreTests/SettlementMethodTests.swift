import Testing

@testable import SyncCore

struct SettlementMethodTests {
    @Test(arguments: [
        ("1", "1"), ("クレジットカード", "1"), ("代金引換", "2"), ("paypal", "17"), ("ＰａｙＰａｌ", "17"),
        ("楽天ポイント", "POINT"), ("point", "POINT"), ("POINT", "POINT"), ("楽天クーポン", "COUPON"), ("coupon", "COUPON"),
        ("27", "27"),
    ])
    func findsByCodeNameOrAlias(text: String, key: String) {
        #expect(SettlementMethod.find(text)?.key == key)
    }

    @Test func unknownMethodsAreNotGuessed() {
        #expect(SettlementMethod.find("10") == nil)
        #expect(SettlementMethod.find("現金") == nil)
    }

    @Test func theTableHoldsTheReferenceCodesAndBothTenders() {
        #expect(
            SettlementMethod.all.map(\.key) == [
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "12", "13", "14", "16", "17", "21", "27", "POINT",
                "COUPON",
            ]
        )
        #expect(SettlementMethod.all.first { $0.key == "21" }?.name == "後払い決済（楽天市場の共通決済）")
    }
}
