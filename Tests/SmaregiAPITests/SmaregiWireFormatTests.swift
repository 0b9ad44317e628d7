import Foundation
import SmaregiAPI
import Testing

/// Query encoding, dates, `Link` parsing and windows: the parts of the client that need no server.
struct SmaregiWireFormatTests {
    @Test(arguments: [
        ("2026-02-10T16:36:27+09:00", "2026-02-10T16:36:27%2B09:00"),
        ("a b&c=d", "a%20b%26c%3Dd"),
        ("productId,productCode", "productId,productCode"),
        ("商品", "%E5%95%86%E5%93%81"),
    ])
    func queryValuesArePercentEncodedWithPlusAs2B(value: String, encoded: String) {
        #expect(SmaregiQueryString.encode(value) == encoded)
    }

    @Test func nilQueryItemsAreLeftOut() {
        #expect(
            SmaregiQueryString.make([("store_id", "1"), ("product_id", nil), ("sort", "updDateTime:desc")])
                == "store_id=1&sort=updDateTime:desc"
        )
    }

    @Test func datesAreWrittenInJSTWithAColonOffset() throws {
        let date = Date(timeIntervalSince1970: 1_770_708_987)  // 2026-02-10T07:36:27Z
        #expect(SmaregiDateFormat.string(from: date) == "2026-02-10T16:36:27+09:00")
        #expect(SmaregiDateFormat.dayString(from: date) == "2026-02-10")
        #expect(SmaregiDateFormat.date(from: "2026-02-10T16:36:27+09:00") == date)
        #expect(SmaregiDateFormat.date(from: "2026-02-10T07:36:27+00:00") == date)
        #expect(SmaregiDateFormat.date(from: "2026-02-10T16:36:27 09:00") == nil)
        #expect(SmaregiDateFormat.date(from: "2026-02-10T16:36:27+0900") == nil)
    }

    @Test(arguments: [
        (
            #"<https://api.smaregi.dev/sb_x/pos/products?limit=2&page=2>; rel="next""#,
            "https://api.smaregi.dev/sb_x/pos/products?limit=2&page=2"
        ),
        (#"<http://a/p?page=1>; rel="prev", <http://a/p?page=3>; rel="next""#, "http://a/p?page=3"),
        (#"<http://a/p?page=1>; rel="prev""#, nil),
        ("", nil),
    ])
    func nextLinkIsFoundAmongLinkEntries(header: String, next: String?) {
        #expect(SmaregiLinkHeader.nextURL(in: header) == next)
    }

    @Test(arguments: [(10.0, 1), (31.0, 1), (31.5, 2), (70.0, 3), (93.0, 3)])
    func longRangesAreSplitInto31DayWindows(days: Double, windows: Int) throws {
        let end = Date(timeIntervalSince1970: 1_800_000_000)
        let range = end.addingTimeInterval(-days * 86_400)...end
        let split = SmaregiClient.windowsForTesting(range)
        #expect(split.count == windows)
        #expect(split.first?.lowerBound == range.lowerBound)
        #expect(split.last?.upperBound == range.upperBound)
        #expect(split.allSatisfy { $0.upperBound.timeIntervalSince($0.lowerBound) <= 31 * 86_400 })
        #expect(zip(split, split.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test func credentialsNeverPrintTheSecret() {
        let credentials = SmaregiCredentials(contractId: "sb_a", clientId: "id", clientSecret: "s3cr3t-value")
        #expect(!"\(credentials)".contains("s3cr3t"))
        #expect("\(credentials)".contains("sb_a"))
    }
}
