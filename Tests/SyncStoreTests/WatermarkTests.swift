import Foundation
import SyncStore
import Testing

struct WatermarkTests {
    /// 2026-11-28T01:00:00Z.
    static let instant = Date(timeIntervalSince1970: 1_795_827_600)

    /// Stored text and the instant it means (seconds after `instant`); nil = not a watermark.
    static let texts: [(String, Double?)] = [
        ("2026-11-28T01:00:00Z", 0),
        ("2026-11-28T10:00:00+0900", 0),
        ("2026-11-28T10:00:00+09:00", 0),
        ("2026-11-27T20:00:05-05:00", 5),
        ("2026-11-28T01:00:00+00:00", 0),
        ("2026-11-28T01:00:00", nil),
        ("2026-11-28 01:00:00Z", nil),
        ("2026-11-28T01:00:00.123Z", nil),
        ("2026-13-28T01:00:00Z", nil),
        ("2026-11-28T01:00:00+9:00", nil),
        ("", nil),
        ("a-orders", nil),
    ]

    @Test(arguments: texts)
    func readsEveryFormAJobHasStored(text: String, seconds: Double?) {
        #expect(Watermark(text: text)?.date == seconds.map { Self.instant.addingTimeInterval($0) })
    }

    @Test(arguments: [0.0, 0.25, 0.999, 59.5])
    func isWrittenInUTCToTheSecondBelow(fraction: Double) throws {
        let watermark = Watermark(date: Self.instant.addingTimeInterval(fraction))
        #expect(watermark.date == Self.instant.addingTimeInterval(fraction.rounded(.down)))
        #expect(watermark.date <= Self.instant.addingTimeInterval(fraction))
        #expect(try #require(Watermark(text: watermark.text)) == watermark)
    }

    @Test func textIsISO8601InUTC() {
        #expect(Watermark(date: Self.instant.addingTimeInterval(0.7)).text == "2026-11-28T01:00:00Z")
    }
}
