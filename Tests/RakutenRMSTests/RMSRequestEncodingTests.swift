import Foundation
import RakutenRMS
import Testing

/// Request bodies carry RMS's exact, mixed-case keys (rakuten-rms.md §3.2, §3.5, §3.7, §4.1, §9).
struct RMSRequestEncodingTests {
    private func jsonObject(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func encodesSearchOrderWithPlus0900AndPaginationModels() throws {
        // Given a search over one day with the default pagination
        var request = RMSSearchOrderRequest(
            dateType: .orderDate,
            startDatetime: Date(timeIntervalSince1970: 1_719_204_033),
            endDatetime: Date(timeIntervalSince1970: 1_719_204_033 + 86_400),
            orderProgressList: [100, 300]
        )
        request.searchKeywordType = 7

        // When encoded
        let json = try jsonObject(request)

        // Then keys, casing and the +0900 datetimes are exact, and unset filters are absent
        #expect(
            Set(json.keys) == [
                "dateType", "startDatetime", "endDatetime", "orderProgressList", "searchKeywordType",
                "PaginationRequestModel",
            ]
        )
        #expect(json["dateType"] as? Int == 1)
        #expect(json["startDatetime"] as? String == "2024-06-24T13:40:33+0900")
        #expect(json["endDatetime"] as? String == "2024-06-25T13:40:33+0900")
        #expect(json["orderProgressList"] as? [Int] == [100, 300])
        let pagination = try #require(json["PaginationRequestModel"] as? [String: Any])
        #expect(pagination["requestRecordsAmount"] as? Int == 1000)
        #expect(pagination["requestPage"] as? Int == 1)
        let sort = try #require((pagination["SortModelList"] as? [[String: Any]])?.first)
        #expect(sort["sortColumn"] as? Int == 1)
        #expect(sort["sortDirection"] as? Int == 1)
    }

    @Test func encodesGetOrderWithVersion10ByDefault() throws {
        let json = try jsonObject(RMSGetOrderRequest(orderNumberList: ["123-20240624-0000001"]))

        #expect(json["orderNumberList"] as? [String] == ["123-20240624-0000001"])
        #expect(json["version"] as? Int == 10)
    }

    @Test func encodesUpdateOrderShippingWithBasketidCasing() throws {
        // Given one basket with an updated row and an added row
        let request = RMSUpdateOrderShippingRequest(
            orderNumber: "123456-20180101-00001801",
            basketidModelList: [
                RMSBasketidModel(
                    basketId: 10_746_402,
                    shippingModelList: [
                        RMSShippingUpdateModel(
                            shippingDetailId: 15_419,
                            deliveryCompany: "1001",
                            shippingNumber: "SN111111",
                            shippingDate: Date(timeIntervalSince1970: 1_719_204_033)
                        ),
                        RMSShippingUpdateModel(deliveryCompany: "1002", shippingNumber: nil, shippingDate: nil),
                    ]
                )
            ]
        )

        // When encoded
        let json = try jsonObject(request)

        // Then the keys are RMS's, and absent values are left out rather than sent as null
        #expect(Set(json.keys) == ["orderNumber", "BasketidModelList"])
        let basket = try #require((json["BasketidModelList"] as? [[String: Any]])?.first)
        #expect(basket["basketId"] as? Int == 10_746_402)
        let rows = try #require(basket["ShippingModelList"] as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[0]["shippingDetailId"] as? Int == 15_419)
        #expect(rows[0]["deliveryCompany"] as? String == "1001")
        #expect(rows[0]["shippingNumber"] as? String == "SN111111")
        #expect(rows[0]["shippingDate"] as? String == "2024-06-24")
        #expect(Set(rows[1].keys) == ["deliveryCompany"])
    }

    @Test func encodesAsyncShippingAndResultRequests() throws {
        let request = RMSUpdateOrderShippingAsyncRequest(orderShippingModelList: [
            RMSOrderShippingModel(
                orderNumber: "1-20240101-1",
                basketidModelList: [
                    RMSBasketidModel(
                        basketId: 1,
                        shippingModelList: [
                            RMSShippingUpdateModel(
                                deliveryCompany: "1003",
                                shippingNumber: "X",
                                shippingDate: "2024-01-02"
                            )
                        ]
                    )
                ]
            )
        ])

        let json = try jsonObject(request)
        let order = try #require((json["OrderShippingModelList"] as? [[String: Any]])?.first)
        #expect(order["orderNumber"] as? String == "1-20240101-1")
        #expect(order["BasketidModelList"] != nil)
        #expect(
            try jsonObject(RMSGetResultUpdateOrderShippingAsyncRequest(requestId: "r-1"))["requestId"] as? String
                == "r-1"
        )
    }

    @Test func encodesInventoryBulkUpsertModes() throws {
        let request = RMSInventoryBulkUpsertRequest(inventories: [
            RMSInventoryUpsert(manageNumber: "mng1234", variantId: "sku1", quantity: 5),
            RMSInventoryUpsert(manageNumber: "mng1234", variantId: "sku2", mode: .relative, quantity: -2),
        ])

        let entries = try #require(try jsonObject(request)["inventories"] as? [[String: Any]])

        #expect(Set(entries[0].keys) == ["manageNumber", "variantId", "mode", "quantity"])
        #expect(entries[0]["mode"] as? String == "ABSOLUTE")
        #expect(entries[1]["mode"] as? String == "RELATIVE")
        #expect(entries[1]["quantity"] as? Int == -2)
    }

    @Test(arguments: [(0, 0), (1, 1), (1000, 1), (1001, 2), (2500, 3)])
    func chunksBulkGetKeysBy1000(count: Int, expectedRequests: Int) {
        let keys = (0..<count).map { RMSInventoryKey(manageNumber: "m\($0)", variantId: "v") }

        let requests = RMSInventoryBulkGetRequest.chunked(keys)

        #expect(requests.count == expectedRequests)
        #expect(requests.map(\.inventories.count).reduce(0, +) == count)
        #expect(requests.allSatisfy { $0.inventories.count <= 1000 })
    }

    @Test func dropsDuplicateBulkGetKeysIgnoringManageNumberCase() {
        let keys = [
            RMSInventoryKey(manageNumber: "ABC", variantId: "v1"),
            RMSInventoryKey(manageNumber: "abc", variantId: "v1"),
            RMSInventoryKey(manageNumber: "abc", variantId: "V1"),
        ]

        let requests = RMSInventoryBulkGetRequest.chunked(keys)

        #expect(requests.first?.inventories.map(\.variantId) == ["v1", "V1"])
    }

    @Test func chunksItemsBulkGetBy50() {
        let requests = RMSItemsBulkGetRequest.chunked((0..<120).map { "item\($0)" } + ["ITEM0"])

        #expect(requests.map(\.manageNumbers.count) == [50, 50, 20])
    }
}
