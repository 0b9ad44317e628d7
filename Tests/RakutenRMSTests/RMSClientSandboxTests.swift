import CurlTransport
import Foundation
import HTTPTypes
import Logging
import RakutenRMS
import Sandbox
import TestSupport
import Testing

/// RMSClient against the sandbox's Rakuten side over real sockets: the client and the sandbox were written from
/// the same reference without sharing models, so these tests catch a model that is wrong on either side.
struct RMSClientSandboxTests {
    private static let catalog = """
        {"items":[
         {"manageNumber":"Tea","itemNumber":"TEA-1","title":"煎茶","price":1000,"includeTaxFlag":0,"taxRate":0.08,"inventory":10},
         {"manageNumber":"mug","title":"マグカップ","includeTaxFlag":1,"taxRate":0.1,
          "variants":[{"variantId":"red","price":2200,"inventory":5,"selectorValues":{"カラー":"赤"}},
                      {"variantId":"Blue","price":2200,"inventory":0,"selectorValues":{"カラー":"青"}}]}
        ]}
        """

    private static func client(_ sandbox: SandboxServer, licenseKey: String = "SL_SANDBOX_LICENSE") -> RMSClient {
        RMSClient(
            credentials: RMSCredentials(serviceSecret: "SP_SANDBOX_SECRET", licenseKey: licenseKey),
            baseURL: sandbox.baseURL,
            configuration: HTTPClientConfiguration(totalTimeout: .seconds(10)),
            retryPolicy: RetryPolicy(maxAttempts: 2, initialBackoff: .milliseconds(20), deadline: .seconds(20)),
            pacer: RequestPacer(),
            logger: Logger(label: "rakuten-rms-tests.sandbox") { _ in SwiftLogNoOpLogHandler() }
        )
    }

    /// Seeds the catalog and places Tea × 2 + mug/red × 1 with postage 500; returns the order number.
    private static func placeOrder(in sandbox: SandboxServer) async throws -> String {
        let seeded = try await sandbox.control(.post, "/_sandbox/rakuten/shops/sandbox-shop/items", json: catalog)
        #expect(seeded.status == 201)
        let placed = try await sandbox.control(
            .post,
            "/_sandbox/rakuten/shops/sandbox-shop/orders",
            json:
                #"{"lines":[{"manageNumber":"Tea","units":2},{"manageNumber":"mug","variantId":"red","units":1}],"postagePrice":500}"#
        )
        return try placed.decoded(as: RakutenPlacedOrder.self).orderNumber
    }

    @Test(.timeLimit(.minutes(1)))
    func searchesAndReadsAPlacedOrder() async throws {
        try await withSandboxServer { sandbox in
            // Given an order placed by a shopper
            let number = try await Self.placeOrder(in: sandbox)
            let rms = Self.client(sandbox)

            // When the client searches today's orders and reads it together with an unknown number
            let now = Date()
            let search = RMSSearchOrderRequest(
                dateType: .orderDate,
                startDatetime: now.addingTimeInterval(-86_400),
                endDatetime: now.addingTimeInterval(3600)
            )
            let numbers = try await runBlocking { try rms.searchAllOrderNumbers(search) }
            let unknown = "400001-20200101-99999999"
            let response = try await runBlocking {
                try rms.getOrder(RMSGetOrderRequest(orderNumberList: [number, unknown]))
            }

            // Then the search finds it, getOrder decodes it fully and names the unknown one as missing
            #expect(numbers.contains(number))
            #expect(response.missingOrderNumbers == [unknown])
            let order = try #require(response.orders.first)
            #expect(order.orderNumber == number)
            #expect(order.orderDate != nil)
            #expect(order.postagePrice == 500)
            let items = order.allItems
            let tea = try #require(items.first { $0.manageNumber?.lowercased() == "tea" })
            #expect(tea.units == 2)
            #expect(tea.taxRate == Decimal(string: "0.08"))
            #expect(tea.priceTaxIncl == 1080)
            let mug = try #require(items.first { $0.manageNumber == "mug" })
            #expect(mug.skuModelList?.first?.variantId == "red")
            let rates = Set((order.taxSummaryModelList ?? []).compactMap(\.taxRate))
            #expect(rates == Set([Decimal(string: "0.08"), Decimal(string: "0.1")].compactMap { $0 }))
            #expect(order.packageModelList?.first?.basketId ?? 0 > 0)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func reportsAShipmentAndSeesItsDetailId() async throws {
        try await withSandboxServer { sandbox in
            // Given a placed order and its basket
            let number = try await Self.placeOrder(in: sandbox)
            let rms = Self.client(sandbox)
            let order = try #require(
                try await runBlocking { try rms.getOrder(RMSGetOrderRequest(orderNumberList: [number])) }.orders.first
            )
            let basketId = try #require(order.packageModelList?.first?.basketId)

            // When a shipping row is added
            let request = RMSUpdateOrderShippingRequest(
                orderNumber: number,
                basketidModelList: [
                    RMSBasketidModel(
                        basketId: basketId,
                        shippingModelList: [
                            RMSShippingUpdateModel(
                                deliveryCompany: "1001",
                                shippingNumber: "123456789012",
                                shippingDate: Date()
                            )
                        ]
                    )
                ]
            )
            let response = try await runBlocking { try rms.updateOrderShipping(request) }

            // Then RMS issues a shipping detail id that getOrder shows afterwards
            let detailId = try #require(response.shippingDetailIdsByDataNumber[1])
            let after = try await runBlocking { try rms.getOrder(RMSGetOrderRequest(orderNumberList: [number])) }
            let rows = after.orders.first?.packageModelList?.first?.shippingModelList ?? []
            #expect(rows.map(\.shippingDetailId) == [detailId])
            #expect(rows.first?.deliveryCompany == "1001")
            #expect(rows.first?.shippingNumber == "123456789012")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func upsertsAndReadsInventoryAndItems() async throws {
        try await withSandboxServer { sandbox in
            _ = try await Self.placeOrder(in: sandbox)
            let rms = Self.client(sandbox)

            // When stock is set absolutely and read back in bulk and singly
            try await runBlocking {
                try rms.bulkUpsertInventories(
                    RMSInventoryBulkUpsertRequest(inventories: [
                        RMSInventoryUpsert(manageNumber: "mug", variantId: "Blue", quantity: 7)
                    ])
                )
            }
            let rows = try await runBlocking {
                try rms.inventories(for: [
                    RMSInventoryKey(manageNumber: "mug", variantId: "Blue"),
                    RMSInventoryKey(manageNumber: "mug", variantId: "red"),
                ])
            }
            let single = try await runBlocking { try rms.inventory(manageNumber: "mug", variantId: "Blue") }
            let missingVariant = try await runBlocking { try rms.inventory(manageNumber: "mug", variantId: "nope") }
            let item = try await runBlocking { try rms.item(manageNumber: "mug") }
            let missingItem = try await runBlocking { try rms.item(manageNumber: "no-such-item") }

            // Then the client decodes every answer
            #expect(rows.first { $0.variantId == "Blue" }?.quantity == 7)
            #expect(rows.first { $0.variantId == "red" }?.quantity == 4)
            #expect(single?.quantity == 7)
            #expect(single?.updated.flatMap(RMSDateFormat.inventoryDateTime.date(from:)) != nil)
            #expect(missingVariant == nil)
            #expect(item?.variantIds == ["Blue", "red"])
            #expect(item?.payment?.taxRate == Decimal(string: "0.1"))
            #expect(missingItem == nil)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func mapsSandboxErrorsAndReadsTheLicenseExpiry() async throws {
        try await withSandboxServer { sandbox in
            let rms = Self.client(sandbox)

            let expiry = try await runBlocking { try rms.licenseExpiryDate() }
            let badVersion = await #expect(throws: RakutenRMSError.self) {
                try await runBlocking {
                    try rms.getOrder(RMSGetOrderRequest(orderNumberList: ["400001-20240101-00000001"], version: 1))
                }
            }
            let badKey = await #expect(throws: RakutenRMSError.self) {
                try await runBlocking {
                    try Self.client(sandbox, licenseKey: "SL_WRONG").searchOrder(
                        RMSSearchOrderRequest(
                            dateType: .orderDate,
                            startDatetime: Date().addingTimeInterval(-60),
                            endDatetime: Date()
                        )
                    )
                }
            }

            #expect(expiry > Date().addingTimeInterval(80 * 86_400))
            #expect(badVersion?.httpStatus == 400)
            #expect(badVersion?.codes.first?.hasPrefix("ORDER_EXT_API_GET_ORDER_ERROR") == true)
            #expect(badKey?.isAuthenticationFailure == true)
            #expect(badKey?.httpStatus == 401)
        }
    }
}
