import Foundation
import RakutenRMS
import TestSupport
import Testing

/// InventoryAPI / ItemAPI error entries and the item index in their property path (rakuten-rms.md §4.1).
struct RMSAPIErrorEntryTests {
    @Test(arguments: [
        ("inventories[3].quantity", 3),
        ("inventories[0].manageNumber", 0),
        ("inventories[399].variantId", 399),
        ("manageNumbers[12]", 12),
    ])
    func readsTheItemIndexOfAPropertyPath(path: String, expected: Int) {
        #expect(RMSAPIErrorEntry(code: "IE0004", message: "", propertyPath: path).itemIndex == expected)
    }

    @Test(arguments: [nil, "", "inventories", "inventories[].quantity", "inventories[x].quantity", "inventories[3"])
    func hasNoIndexWithoutOne(path: String?) {
        #expect(RMSAPIErrorEntry.itemIndex(inPropertyPath: path) == nil)
    }

    @Test func decodesErrorsWithAndWithoutMetadata() throws {
        struct Body: Decodable {
            var errors: [RMSAPIErrorEntry]
        }
        let body = try JSONDecoder().decode(
            Body.self,
            from: fixture("rakuten/inventory_bulk_upsert_error_400_written_from_reference.json")
        )

        #expect(body.errors.map(\.code) == ["IE0004", "IE0117", "IE1101"])
        #expect(body.errors.map(\.itemIndex) == [0, 3, nil])
        #expect(body.errors[1].propertyPath == "inventories[3].quantity")
    }

    @Test func encodesMetadataOnlyWhenAPathIsKnown() throws {
        let withPath = try JSONEncoder().encode(
            RMSAPIErrorEntry(code: "IE0117", message: "m", propertyPath: "inventories[1].quantity")
        )
        let withoutPath = try JSONEncoder().encode(RMSAPIErrorEntry(code: "X0000", message: "m"))

        let json = try #require(JSONSerialization.jsonObject(with: withPath) as? [String: Any])
        #expect((json["metadata"] as? [String: Any])?["propertyPath"] as? String == "inventories[1].quantity")
        let plain = try #require(JSONSerialization.jsonObject(with: withoutPath) as? [String: Any])
        #expect(plain["metadata"] == nil)
    }

    /// The DTO keeps the sentinel as sent; the rule that holds such an order back is the domain order's
    /// (`RakutenOrder.hasUndeterminedAmounts`, tested in OrderConversionTests).
    @Test func keepsUndeterminedAmountsAsSent() throws {
        // Given the official sample with its postage replaced by the -9999 sentinel
        var text = String(decoding: try fixture("rakuten/getorder_v9_response_official_sample.json"), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"postagePrice\": 500", with: "\"postagePrice\": -9999")

        // When decoded
        let order = try #require(try JSONDecoder().decode(RMSGetOrderResponse.self, from: Data(text.utf8)).orders.first)

        // Then the sentinel is kept as is
        #expect(order.postagePrice == -9999)
        #expect(order.packageModelList?.first?.postagePrice == -9999)
    }
}
