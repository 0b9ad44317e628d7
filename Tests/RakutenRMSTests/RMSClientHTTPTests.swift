import CurlTransport
import Foundation
import HTTPTypes
import Hummingbird
import RakutenRMS
import TestSupport
import Testing

/// RMSClient against a loopback server: headers, error envelopes, retries (rakuten-rms.md §1, §3, §4, §7).
struct RMSClientHTTPTests {
    private static let searchRequest = RMSSearchOrderRequest(
        dateType: .orderDate,
        startDatetime: Date(timeIntervalSince1970: 1_719_204_033),
        endDatetime: Date(timeIntervalSince1970: 1_719_204_033 + 3600)
    )

    @Test func sendsTheESAHeaderAndDecodesSearchOrder() async throws {
        let success = String(
            decoding: try fixture("rakuten/searchorder_response_success_official_sample.json"),
            as: UTF8.self
        )
        let routes: RMSTestServer.Routes = { router, recorder in
            router.post("/es/2.0/order/searchOrder/") { request, _ -> Response in
                let body = try await request.body.collect(upTo: 1 << 20)
                _ = recorder.record("search", request: request, body: String(buffer: body))
                return RMSTestServer.json(.ok, success)
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, recorder, _ in
            // When the client searches
            let response = try await runBlocking { try rms.searchOrder(Self.searchRequest) }

            // Then the server saw the ESA header, the order API Content-Type and a +0900 datetime
            let seen = try #require(recorder.last("search"))
            let expected =
                "ESA " + Data("\(RMSTestServer.serviceSecret):\(RMSTestServer.licenseKey)".utf8).base64EncodedString()
            #expect(seen.authorization == expected)
            #expect(seen.contentType == "application/json; charset=utf-8")
            #expect(seen.body.contains(#""startDatetime":"2024-06-24T13:40:33+0900""#))
            #expect(response.orderNumberList?.count == 3)
        }
    }

    @Test func turnsTheGateway401IntoAnAuthenticationError() async throws {
        let gateway = String(decoding: try fixture("rakuten/gateway_401_written_from_reference.json"), as: UTF8.self)
        let routes: RMSTestServer.Routes = { router, recorder in
            router.post("/es/2.0/order/getOrder/") { request, _ -> Response in
                _ = recorder.record("get", request: request, body: "")
                return RMSTestServer.json(.unauthorized, gateway)
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, recorder, _ in
            let error = await #expect(throws: RakutenRMSError.self) {
                try await runBlocking { try rms.getOrder(RMSGetOrderRequest(orderNumberList: ["1-20240101-1"])) }
            }

            #expect(
                error
                    == .authentication(endpoint: "getOrder", httpStatus: 401, code: "ES01-01", message: "Un-Authorised")
            )
            #expect(error?.isAuthenticationFailure == true)
            #expect(recorder.count("get") == 1)
            #expect(!(error?.description.contains(RMSTestServer.licenseKey) ?? true))
        }
    }

    @Test func turnsA400MessageModelListIntoABusinessErrorWithItsCodes() async throws {
        let errorBody = String(
            decoding: try fixture("rakuten/searchorder_response_error_400_official_sample.json"),
            as: UTF8.self
        )
        let routes: RMSTestServer.Routes = { router, _ in
            router.post("/es/2.0/order/searchOrder/") { _, _ -> Response in
                RMSTestServer.json(.badRequest, errorBody)
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, _, _ in
            let error = await #expect(throws: RakutenRMSError.self) {
                try await runBlocking { try rms.searchOrder(Self.searchRequest) }
            }

            guard case .orderAPI(let endpoint, let status, let messages, _) = error else {
                Issue.record("expected orderAPI, got \(String(describing: error))")
                return
            }
            #expect(endpoint == "searchOrder")
            #expect(status == 400)
            #expect(
                messages.messageCodes == [
                    "ORDER_EXT_API_SEARCH_ORDER_ERROR_009", "ORDER_EXT_API_SEARCH_ORDER_ERROR_011",
                ]
            )
            #expect(error?.codes == messages.messageCodes)
        }
    }

    @Test func retriesA429AndThenSucceeds() async throws {
        let zero = String(
            decoding: try fixture("rakuten/searchorder_response_zero_results_official_sample.json"),
            as: UTF8.self
        )
        let routes: RMSTestServer.Routes = { router, recorder in
            router.post("/es/2.0/order/searchOrder/") { request, _ -> Response in
                let attempt = recorder.record("search", request: request, body: "")
                if attempt == 1 {
                    return RMSTestServer.json(
                        .tooManyRequests,
                        #"{"Results":{"errorCode":"GA0429","message":"Too Many Requests"}}"#,
                        headers: [.retryAfter: "0"]
                    )
                }
                return RMSTestServer.json(.ok, zero)
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, recorder, _ in
            let response = try await runBlocking { try rms.searchOrder(Self.searchRequest) }

            #expect(recorder.count("search") == 2)
            #expect(response.orderNumberList == [])
            #expect(response.paginationResponseModel?.totalPages == nil)
        }
    }

    @Test func reportsPersistentUnavailabilityWithANonJSONBodyAsTemporary() async throws {
        let routes: RMSTestServer.Routes = { router, recorder in
            router.post("/es/2.0/inventories/bulk-get") { request, _ -> Response in
                _ = recorder.record("bulk-get", request: request, body: "")
                return Response(
                    status: .serviceUnavailable,
                    headers: [.contentType: "text/html"],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: "<html><body>Service Unavailable</body></html>"))
                )
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, recorder, _ in
            let error = await #expect(throws: RakutenRMSError.self) {
                try await runBlocking {
                    try rms.bulkGetInventories(
                        RMSInventoryBulkGetRequest(inventories: [
                            RMSInventoryKey(manageNumber: "mng1234", variantId: "sku1")
                        ])
                    )
                }
            }

            #expect(recorder.count("bulk-get") == 3)
            #expect(error?.isTemporary == true)
            #expect(error?.httpStatus == 503)
            #expect(error?.description.contains("Service Unavailable") == true)
        }
    }

    /// Only the documented success of inventories.bulk.upsert (204, empty body) is an acceptance; any other 2xx
    /// is an answer that cannot be read and must not be taken as applied (issue #12).
    @Test(arguments: [
        (204, "", true),
        (200, #"{"inventories":["#, false),
        (200, "<html><body>502 Bad Gateway</body></html>", false),
        (200, "", false),
        (202, "", false),
        (200, "{}", false),
    ])
    func onlyA204WithAnEmptyBodyAcceptsAnUpsert(status: Int, body: String, accepted: Bool) async throws {
        let routes: RMSTestServer.Routes = { router, recorder in
            router.post("/es/2.0/inventories/bulk-upsert") { request, _ -> Response in
                _ = recorder.record("upsert", request: request, body: "")
                return Response(
                    status: HTTPResponse.Status(code: status),
                    headers: [.contentType: body.hasPrefix("<") ? "text/html" : "application/json"],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: body))
                )
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, recorder, _ in
            let entries = [RMSInventoryUpsert(manageNumber: "m", variantId: "v", quantity: 1)]
            var outcome: RakutenRMSError?
            do {
                try await runBlocking {
                    try rms.bulkUpsertInventories(RMSInventoryBulkUpsertRequest(inventories: entries))
                }
            } catch let error as RakutenRMSError {
                outcome = error
            }
            #expect(recorder.count("upsert") == 1)
            if accepted {
                #expect(outcome == nil)
            } else {
                guard case .decoding(_, let httpStatus, let detail) = outcome else {
                    Issue.record("expected a decoding error, got \(String(describing: outcome))")
                    return
                }
                #expect(httpStatus == status)
                #expect(detail.contains("204"))
                #expect(outcome?.isTemporary == false)
            }
        }
    }

    @Test func decodesInventoryErrorsSoBadItemsCanBeDropped() async throws {
        let errors = String(
            decoding: try fixture("rakuten/inventory_bulk_upsert_error_400_written_from_reference.json"),
            as: UTF8.self
        )
        let routes: RMSTestServer.Routes = { router, recorder in
            router.post("/es/2.0/inventories/bulk-upsert") { request, _ -> Response in
                _ = recorder.record("upsert", request: request, body: "")
                return Response(
                    status: .badRequest,
                    headers: [.contentType: "application/json"],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: errors))
                )
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, recorder, _ in
            let entries = (0..<4).map { RMSInventoryUpsert(manageNumber: "m", variantId: "v\($0)", quantity: 1) }
            let error = await #expect(throws: RakutenRMSError.self) {
                try await runBlocking {
                    try rms.bulkUpsertInventories(RMSInventoryBulkUpsertRequest(inventories: entries))
                }
            }

            guard case .api(_, 400, let apiErrors) = error else {
                Issue.record("expected api error, got \(String(describing: error))")
                return
            }
            #expect(apiErrors.compactMap(\.itemIndex) == [0, 3])
            #expect(recorder.last("upsert")?.contentType == "application/json")
        }
    }

    @Test func returnsNilForAnUnknownItemAndDecodesAKnownOne() async throws {
        let notFound = String(
            decoding: try fixture("rakuten/items_get_not_found_404_written_from_reference.json"),
            as: UTF8.self
        )
        let item = String(
            decoding: try fixture("rakuten/items_get_response_written_from_reference.json"),
            as: UTF8.self
        )
        let routes: RMSTestServer.Routes = { router, _ in
            router.get("/es/2.0/items/manage-numbers/:manageNumber") { _, context -> Response in
                context.parameters.get("manageNumber") == "subscription-item"
                    ? RMSTestServer.json(.ok, item) : RMSTestServer.json(.notFound, notFound)
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, _, _ in
            let missing = try await runBlocking { try rms.item(manageNumber: "6651") }
            let found = try await runBlocking { try rms.item(manageNumber: "subscription-item") }

            #expect(missing == nil)
            #expect(found?.variantIds == ["pinot-noir", "sku-001"])
        }
    }

    @Test func readsTheLicenseExpiryWithoutLoggingTheKey() async throws {
        let routes: RMSTestServer.Routes = { router, recorder in
            router.get("/es/1.0/license-management/license-key/expiry-date") { request, _ -> Response in
                _ = recorder.record("license", request: request, body: "")
                return RMSTestServer.json(.ok, #"{"expiryDate": "2026-11-28T23:59:59"}"#)
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, recorder, logs in
            let expiry = try await runBlocking { try rms.licenseExpiryDate() }

            #expect(expiry == Date(timeIntervalSince1970: 1_795_877_999))
            #expect(recorder.last("license")?.query == "licenseKey=\(RMSTestServer.licenseKey)")
            #expect(recorder.last("license")?.contentType == nil)
            #expect(!logs.text.isEmpty)
            #expect(!logs.text.contains(RMSTestServer.licenseKey))
            #expect(!logs.text.contains(RMSTestServer.serviceSecret))
        }
    }

    @Test func refusesMoreThan100OrderNumbersWithoutCallingRMS() async throws {
        try await RMSTestServer.with(routes: RMSTestServer.noRoutes) { rms, _, _ in
            let numbers = (0..<101).map { "1-20240101-\($0)" }
            let error = await #expect(throws: RakutenRMSError.self) {
                try await runBlocking { try rms.getOrder(RMSGetOrderRequest(orderNumberList: numbers)) }
            }
            #expect(error == .invalidRequest(endpoint: "getOrder", reason: "more than 100 order numbers"))
        }
    }

    private static let shippingRequest = RMSUpdateOrderShippingRequest(
        orderNumber: "400001-20240624-00000001",
        basketidModelList: [
            RMSBasketidModel(
                basketId: 1_000_000_001,
                shippingModelList: [
                    RMSShippingUpdateModel(deliveryCompany: "1001", shippingNumber: "1234", shippingDate: "2024-06-25")
                ]
            )
        ]
    )

    @Test(arguments: [(500, 1, true), (503, 3, false)])
    func retriesShippingUpdatesOnlyWhenRMSDidNotProcessThem(status: Int, expectedAttempts: Int, mayHaveApplied: Bool)
        async throws
    {
        let routes: RMSTestServer.Routes = { router, recorder in
            router.post("/es/2.0/order/updateOrderShipping/") { request, _ -> Response in
                _ = recorder.record("ship", request: request, body: "")
                return RMSTestServer.json(HTTPResponse.Status(code: status), "")
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, recorder, _ in
            let error = await #expect(throws: RakutenRMSError.self) {
                try await runBlocking { try rms.updateOrderShipping(Self.shippingRequest) }
            }

            #expect(recorder.count("ship") == expectedAttempts)
            guard case .unavailable(let endpoint, let httpStatus, _, let reached) = error else {
                Issue.record("expected unavailable, got \(String(describing: error))")
                return
            }
            #expect(endpoint == "updateOrderShipping")
            #expect(httpStatus == status)
            #expect(reached == mayHaveApplied)
        }
    }

    @Test(arguments: [
        (401, "Unauthorized", "authentication"),
        (400, "<html><body>Bad Request</body></html>", "unexpectedResponse"),
        (415, #"{"Results":{"errorCode":"ES04-03","message":"Unsupported Media Type"}}"#, "gateway"),
        (400, #"{"Results":{"errorCode":"ES04-01","message":"Bad Request"}}"#, "authentication"),
    ])
    func toleratesGatewayAndNonJSONErrorBodies(status: Int, body: String, expectedCase: String) async throws {
        let routes: RMSTestServer.Routes = { router, _ in
            router.post("/es/2.0/order/confirmOrder/") { _, _ -> Response in
                RMSTestServer.json(HTTPResponse.Status(code: status), body)
            }
        }
        try await RMSTestServer.with(routes: routes) { rms, _, _ in
            let error = await #expect(throws: RakutenRMSError.self) {
                try await runBlocking {
                    try rms.confirmOrder(RMSConfirmOrderRequest(orderNumberList: ["1-20240101-1"]))
                }
            }

            let actual: String
            switch error {
            case .authentication: actual = "authentication"
            case .gateway: actual = "gateway"
            case .unexpectedResponse: actual = "unexpectedResponse"
            default: actual = String(describing: error)
            }
            #expect(actual == expectedCase)
            #expect(error?.httpStatus == status)
        }
    }
}
