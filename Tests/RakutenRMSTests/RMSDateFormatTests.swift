import Foundation
import RakutenRMS
import Testing

/// The per-family date formats (rakuten-rms.md §3.2, §4.1, §1.2, §8 pitfall 1).
struct RMSDateFormatTests {
    @Test(arguments: [
        // (seconds since 1970, order API datetime)
        (1_719_204_033.0, "2024-06-24T13:40:33+0900"),
        (1_704_034_800.0, "2024-01-01T00:00:00+0900"),
        (1_704_067_200.0, "2024-01-01T09:00:00+0900"),
        (1_795_877_999.0, "2026-11-28T23:59:59+0900"),
    ])
    func formatsOrderDatetimeWithoutColonInOffset(seconds: Double, expected: String) {
        let text = RMSDateFormat.orderDateTime.string(from: Date(timeIntervalSince1970: seconds))

        #expect(text == expected)
        #expect(!text.hasSuffix("+09:00"))
        #expect(RMSDateFormat.orderDateTime.date(from: text) == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: [
        (1_719_204_033.0, RMSDateFormat.orderDate, "2024-06-24"),
        (1_704_034_800.0, RMSDateFormat.orderDate, "2024-01-01"),
        (1_719_204_033.0, RMSDateFormat.inventoryDateTime, "2024-06-24T13:40:33+09:00"),
        (1_795_877_999.0, RMSDateFormat.licenseExpiry, "2026-11-28T23:59:59"),
    ])
    func formatsOtherFamiliesInJST(seconds: Double, format: RMSDateFormat, expected: String) {
        #expect(format.string(from: Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test(arguments: ["2024-06-24T13:40:33+09:00", "2024-06-24T04:40:33Z", "2024-06-24 13:40:33", "2024/06/24"])
    func rejectsOtherFormsAsOrderDatetime(text: String) {
        #expect(RMSDateFormat.orderDateTime.date(from: text) == nil)
    }

    @Test func parsesLicenseExpiryAsJST() throws {
        let response = try JSONDecoder().decode(
            RMSLicenseExpiryResponse.self,
            from: Data(#"{"expiryDate": "2026-11-28T23:59:59"}"#.utf8)
        )

        #expect(response.expiry == Date(timeIntervalSince1970: 1_795_877_999))
    }

    @Test func slicesLongRangesIntoWindowsOf63Days() throws {
        // Given 150 days
        let start = Date(timeIntervalSince1970: 1_704_034_800)
        let end = start.addingTimeInterval(150 * 86_400)

        // When sliced
        let windows = RMSSearchOrderRequest.dateWindows(from: start, to: end)

        // Then three windows of at most 63 days cover it without gaps or overlaps
        #expect(windows.count == 3)
        #expect(windows.first?.lowerBound == start)
        #expect(windows.last?.upperBound == end)
        for window in windows {
            #expect(window.upperBound.timeIntervalSince(window.lowerBound) <= 63 * 86_400)
        }
        #expect(windows[1].lowerBound == windows[0].upperBound.addingTimeInterval(1))
    }
}
