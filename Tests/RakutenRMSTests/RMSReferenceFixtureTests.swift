import Foundation
import RakutenRMS
import TestSupport
import Testing

/// Decodes the payloads hand-written from the reference (`*_written_from_reference.json`, not official samples).
struct RMSReferenceFixtureTests {
    private func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(type, from: fixture("rakuten/\(name)"))
    }

    @Test func listsOrdersGetOrderCouldNotReturn() throws {
        let response = try decode(RMSGetOrderResponse.self, "getorder_not_found_written_from_reference.json")

        #expect(response.orders.isEmpty)
        #expect(response.missingOrderNumbers == ["999999-20240101-00000001", "999999-20240101-00000002"])
    }

    @Test func mapsShippingRowsToTheirDetailIds() throws {
        let response = try decode(
            RMSUpdateOrderShippingResponse.self,
            "updateordershipping_response_written_from_reference.json"
        )

        #expect(response.shippingDetailIdsByDataNumber == [1: 15_419, 2: 15_420])
        #expect(response.messages.errors.isEmpty)
    }

    @Test func readsTheAsyncShippingRequestId() throws {
        let response = try decode(
            RMSUpdateOrderShippingAsyncResponse.self,
            "updateordershipping_async_response_written_from_reference.json"
        )

        #expect(response.requestId == "ede66c43-9b9d-4222-93ed-5f11c96e08e2_20180101120000")
        #expect(response.messages.first?.dataNumber == nil)
    }

    @Test func tellsPendingAsyncResultsFromFinishedOnes() throws {
        let pending = try decode(
            RMSGetResultUpdateOrderShippingAsyncResponse.self,
            "getresult_updateordershipping_async_pending_written_from_reference.json"
        )
        let done = try decode(
            RMSGetResultUpdateOrderShippingAsyncResponse.self,
            "getresult_updateordershipping_async_done_written_from_reference.json"
        )

        #expect(pending.isResultPending)
        #expect(!done.isResultPending)
        #expect(done.results.map(\.orderNumber) == ["123456-20180101-00001801", "123456-20180101-00001802"])
        #expect(done.results[1].messageModelList?.first?.messageCode == "ORDER_EXT_API_UPDATE_ORDERSHIPPING_ERROR_102")
        #expect(done.results[0].messageModelList?.first?.shippingDetailId == 15_421)
    }

    @Test func decodesInventoryBulkGetWithAndWithoutLeadTimes() throws {
        let response = try decode(
            RMSInventoryBulkGetResponse.self,
            "inventory_bulk_get_response_written_from_reference.json"
        )

        let rows = try #require(response.inventories)
        #expect(
            rows.map(\.key) == [
                RMSInventoryKey(manageNumber: "mng1234", variantId: "sku1"),
                RMSInventoryKey(manageNumber: "mng5678", variantId: "sku5"),
            ]
        )
        #expect(rows.map(\.quantity) == [1, 5])
        #expect(rows[0].operationLeadTime == RMSOperationLeadTime(normalDeliveryTimeId: 4, backOrderDeliveryTimeId: 5))
        #expect(rows[0].shipFromIds == [3])
        #expect(rows[1].operationLeadTime == nil)
        let updated = try #require(rows[0].updated)
        #expect(RMSDateFormat.inventoryDateTime.date(from: updated) == Date(timeIntervalSince1970: 1_643_711_400))
    }

    @Test func decodesItemWithStringAndNumberPricesAndTaxRate() throws {
        let item = try decode(RMSItem.self, "items_get_response_written_from_reference.json")

        #expect(item.manageNumber == "subscription-item")
        #expect(item.itemNumber == "VEGE-001-234")
        #expect(item.payment?.taxRate == Decimal(string: "0.1"))
        #expect(item.payment?.taxIncluded == false)
        #expect(item.variantIds == ["pinot-noir", "sku-001"])
        #expect(item.variants?["sku-001"]?.standardPrice == "2000")
        #expect(item.variants?["pinot-noir"]?.standardPrice == "1000")
        #expect(item.variants?["pinot-noir"]?.articleNumber?.exemptionReason == "1")
        #expect(item.variants?["sku-001"]?.selectorValues == ["color-key": "赤", "size-key": "S"])
        #expect(item.variants?["sku-001"]?.merchantDefinedSkuId == "システム連携SKU商品番号")
        #expect(item.variantSelectors?.map(\.key) == ["color-key", "size-key"])
    }
}
