import CurlTransport
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import RakutenRMS
import TestSupport
import Testing

/// The client's multi-call helpers and its pacing, against a loopback server (rakuten-rms.md §2, §3.2, §3.3).
struct RMSClientPagingTests {
    @Test func followsSearchOrderPagesUntilTheLast() async throws {
        let routes: RMSTestServer.Routes = { router, recorder in
            router.post("/es/2.0/order/searchOrder/") { request, _ -> Response in
                let body = try await request.body.collect(upTo: 1 << 20)
                let text = String(buffer: body)
                _ = recorder.record("search", request: request, body: text)
                let page = text.contains(#""requestPage":2"#) ? 2 : text.contains(#""requestPage":3"#) ? 3 : 1
                return RMSTestServer.json(
                    .ok,
                    #"{"orderNumberList":["n\#(page)a","n\#(page)b"],"MessageModelList":[],"#
                        + #""PaginationResponseModel":{"totalRecordsAmount":6,"totalPages":3,"requestPage":\#(page)}}"#
                )
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, recorder, _ in
            // Given pages of 2 out of 6 results
            var request = RMSSearchOrderRequest(
                dateType: .orderDate,
                startDatetime: Date(timeIntervalSince1970: 1_719_204_033),
                endDatetime: Date(timeIntervalSince1970: 1_719_204_033 + 86_400)
            )
            request.paginationRequestModel = RMSPaginationRequestModel(requestRecordsAmount: 2)
            let search = request

            // When every page is fetched
            let numbers = try await runBlocking { try rms.searchAllOrderNumbers(search) }

            // Then three calls collect all six numbers in order
            #expect(numbers == ["n1a", "n1b", "n2a", "n2b", "n3a", "n3b"])
            #expect(recorder.count("search") == 3)
        }
    }

    @Test func splitsGetOrderIntoCallsOf100() async throws {
        let routes: RMSTestServer.Routes = { router, recorder in
            router.post("/es/2.0/order/getOrder/") { request, _ -> Response in
                let body = try await request.body.collect(upTo: 1 << 20)
                _ = recorder.record("get", request: request, body: String(buffer: body))
                let json = try JSONSerialization.jsonObject(with: Data(String(buffer: body).utf8)) as? [String: Any]
                let missing = (json?["orderNumberList"] as? [String] ?? []).map {
                    #"{"messageType":"INFO","messageCode":"ORDER_EXT_API_GET_ORDER_INFO_102","message":"x","orderNumber":"\#($0)"}"#
                }
                return RMSTestServer.json(
                    .ok,
                    #"{"MessageModelList":[\#(missing.joined(separator: ","))],"OrderModelList":[],"version":10}"#
                )
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, recorder, _ in
            let numbers = (1...150).map { "400001-20240624-\($0)" }

            let response = try await runBlocking { try rms.getOrders(orderNumbers: numbers) }

            #expect(recorder.count("get") == 2)
            #expect(response.missingOrderNumbers == numbers)
            #expect(response.version == 10)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func pacesOrderCallsAtOnePerSecondAndBulkGetsAtFive() async throws {
        let routes: RMSTestServer.Routes = { router, _ in
            router.post("/es/2.0/order/confirmOrder/") { _, _ -> Response in
                RMSTestServer.json(.ok, #"{"MessageModelList":[]}"#)
            }
            router.post("/es/2.0/inventories/bulk-get") { _, _ -> Response in
                RMSTestServer.json(.ok, #"{"inventories":[]}"#)
            }
        }
        try await RMSTestServer.with(routes: routes) { testClient, _, _ in
            // Given a client with the documented per-family pacer
            let rms = RMSClient(
                credentials: testClient.credentials,
                baseURL: testClient.baseURL,
                pacer: RMSClient.makePacer(),
                logger: testClient.logger
            )
            let confirm = RMSConfirmOrderRequest(orderNumberList: ["1-20240101-1"])
            let bulkGet = RMSInventoryBulkGetRequest(inventories: [RMSInventoryKey(manageNumber: "m", variantId: "v")])

            // When two order calls and three bulk-gets are made back to back
            let orderTime = try await runBlocking {
                let started = ContinuousClock.now
                _ = try rms.confirmOrder(confirm)
                _ = try rms.confirmOrder(confirm)
                return ContinuousClock.now - started
            }
            let bulkTime = try await runBlocking {
                let started = ContinuousClock.now
                for _ in 0..<3 { _ = try rms.bulkGetInventories(bulkGet) }
                return ContinuousClock.now - started
            }

            // Then the second order call waited about a second, while bulk-gets were spaced at 0.2 s, not 1 s
            #expect(orderTime >= .milliseconds(900))
            #expect(bulkTime >= .milliseconds(350))
            #expect(bulkTime < .milliseconds(1500))  // 1 req/s would take at least 2 s
        }
    }
}
