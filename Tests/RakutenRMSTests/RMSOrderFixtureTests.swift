import Foundation
import RakutenRMS
import TestSupport
import Testing

/// Decodes Rakuten's official order API samples (Tests/TestSupport/Fixtures/rakuten/*_official_sample*.json).
struct RMSOrderFixtureTests {
    private func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(type, from: fixture("rakuten/\(name)"))
    }

    @Test func decodesGetOrderSampleOneAmountsAndTaxSummary() throws {
        let response = try decode(RMSGetOrderResponse.self, "getorder_v9_response_official_sample.json")

        #expect(response.version == 9)
        #expect(response.messages.map(\.messageCode) == ["ORDER_EXT_API_GET_ORDER_INFO_101"])
        #expect(response.missingOrderNumbers.isEmpty)
        let order = try #require(response.orders.first)
        #expect(response.orders.count == 1)
        #expect(order.orderNumber == "###_ORDER_NUMBER_###")
        #expect(order.orderProgress == 100)
        #expect(order.goodsPrice == 1500)
        #expect(order.postagePrice == 500)
        #expect(order.totalPrice == 2150)
        #expect(order.requestPrice == 0)
        #expect(order.pointModel?.usedPoint == 2150)
        #expect(order.paymentChargeTaxRate == Decimal(string: "0.1"))

        let summary = try #require(order.taxSummaryModelList?.first)
        #expect(summary.taxRate == Decimal(string: "0.1"))
        #expect(summary.reqPrice == 2150)
        #expect(summary.reqPriceTax == 195)
        #expect(summary.totalPrice == 2150)
        #expect(summary.point == 0)
    }

    @Test func decodesGetOrderSampleOnePackageItemAndSku() throws {
        let order = try #require(
            decode(RMSGetOrderResponse.self, "getorder_v9_response_official_sample.json").orders.first
        )

        let package = try #require(order.packageModelList?.first)
        #expect(package.basketId == 2_668_396)
        #expect(package.postageTaxRate == Decimal(string: "0.1"))
        #expect(package.defaultDeliveryCompanyCode == "1001")
        #expect(package.shippingModelList == [])
        #expect(package.deliveryCvsModel == nil)
        #expect(package.senderModel?.zipCode2 == "0094")
        #expect(package.senderModel?.phoneNumber1 == "03")

        let item = try #require(package.itemModelList?.first)
        #expect(item.itemDetailId == 2_668_396)
        #expect(item.itemId == 10_000_060)
        #expect(item.manageNumber == "22080313")
        #expect(item.price == 1500)
        #expect(item.units == 1)
        #expect(item.includeTaxFlag == 0)
        #expect(item.priceTaxIncl == 1650)
        #expect(item.taxRate == Decimal(string: "0.1"))
        #expect(item.skuModelList?.first?.variantId == "22080313")
        #expect(item.skuModelList?.first?.merchantDefinedSkuId == nil)
        #expect(order.allItems.map(\.itemDetailId) == [2_668_396])
    }

    @Test func keepsNullVersusEmptyListsApart() throws {
        let order = try #require(
            decode(RMSGetOrderResponse.self, "getorder_v9_response_official_sample.json").orders.first
        )

        #expect(order.couponModelList == nil)
        #expect(order.changeReasonModelList == [])
        #expect(order.dueDateModelList == [])
        #expect(order.wrappingModel1 == nil)
        #expect(order.receiptIssueHistoryList == [])
        #expect(order.subStatusId == nil)
        #expect(order.ordererModel?.birthYear == 1987)
        #expect(order.settlementModel?.cardNumber == "XXXX-XXXX-XXXX-0134")
        #expect(order.deliveryModel?.deliveryName == "宅配便")
    }

    @Test func parsesOrderDatetimeInJST() throws {
        let order = try #require(
            decode(RMSGetOrderResponse.self, "getorder_v9_response_official_sample.json").orders.first
        )

        #expect(order.orderDatetime == "2024-06-24T13:40:33+0900")
        #expect(order.orderDate == Date(timeIntervalSince1970: 1_719_204_033))
        #expect(order.cancelDueDate == "2024-07-08")
    }

    @Test func decodesGetOrderSampleTwoDropOffAndRequestPrice() throws {
        let order = try #require(
            decode(RMSGetOrderResponse.self, "getorder_v9_response_official_sample_2.json").orders.first
        )

        #expect(order.requestPrice == 2150)
        #expect(order.pointModel?.usedPoint == 0)
        let package = try #require(order.packageModelList?.first)
        #expect(package.dropOffFlag == 1)
        #expect(package.dropOffLocation == "宅配ボックス")
        #expect(package.defaultDeliveryCompanyCode == "1003")
    }

    @Test func decodesSearchOrderSuccess() throws {
        let response = try decode(RMSSearchOrderResponse.self, "searchorder_response_success_official_sample.json")

        #expect(response.orderNumberList?.count == 3)
        #expect(response.orderNumberList?.last == "###_ORDER_NUMBER_SEPARATE_###-00000003")
        #expect(response.paginationResponseModel?.totalRecordsAmount == 3)
        #expect(response.paginationResponseModel?.totalPages == 1)
        #expect(response.paginationResponseModel?.requestPage == 1)
        #expect(response.messages.map(\.messageCode) == ["ORDER_EXT_API_SEARCH_ORDER_INFO_101"])
    }

    @Test func decodesZeroHitSearchWithAllNullPagination() throws {
        let response = try decode(RMSSearchOrderResponse.self, "searchorder_response_zero_results_official_sample.json")

        #expect(response.orderNumberList == [])
        let pagination = try #require(response.paginationResponseModel)
        #expect(pagination.totalRecordsAmount == nil)
        #expect(pagination.totalPages == nil)
        #expect(pagination.requestPage == nil)
        #expect(response.messages.first?.messageCode == "ORDER_EXT_API_SEARCH_ORDER_INFO_102")
        #expect(response.messages.first?.isError == false)
    }

    @Test func decodesSearchOrderErrorSampleWithBothMessageCodes() throws {
        let response = try decode(RMSSearchOrderResponse.self, "searchorder_response_error_400_official_sample.json")

        #expect(response.orderNumberList == nil)
        #expect(response.paginationResponseModel == nil)
        #expect(
            response.messages.errors.messageCodes == [
                "ORDER_EXT_API_SEARCH_ORDER_ERROR_009", "ORDER_EXT_API_SEARCH_ORDER_ERROR_011",
            ]
        )
        #expect(response.messages.last?.message == "startDatetimeの書式が不正です。")
    }

    @Test func reEncodesOrdersWithExactRates() throws {
        // Given an order decoded from the official sample
        let order = try #require(
            decode(RMSGetOrderResponse.self, "getorder_v9_response_official_sample.json").orders.first
        )

        // When it is encoded (as the orders job stages it) and decoded again
        let data = try JSONEncoder().encode(order)
        let again = try JSONDecoder().decode(RMSOrderModel.self, from: data)

        // Then nothing changed, and the wire keys and the rate text survive
        #expect(again == order)
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["PackageModelList"] != nil)
        #expect(json["TaxSummaryModelList"] != nil)
        #expect(String(decoding: data, as: UTF8.self).contains("\"taxRate\":0.1"))
    }

    @Test(arguments: [
        (#"{"taxRate": 0.08, "reqPrice": 1080}"#, Decimal(string: "0.08")),
        (#"{"taxRate": 0.1}"#, Decimal(string: "0.1")),
        (#"{"taxRate": "0.08"}"#, Decimal(string: "0.08")),
        (#"{"taxRate": 0}"#, Decimal(0)),
        (#"{"taxRate": null}"#, nil),
        (#"{"reqPrice": 1}"#, nil),
    ])
    func decodesRatesExactly(json: String, expected: Decimal?) throws {
        let summary = try JSONDecoder().decode(RMSTaxSummaryModel.self, from: Data(json.utf8))

        #expect(summary.taxRate == expected)
    }
}
