import Foundation
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// searchOrder contract (rakuten-rms.md §3.2).
struct RakutenSearchOrderTests {
    @Test(arguments: [
        "2026-11-01T00:00:00+09:00", "2026-11-01T00:00:00Z", "2026-11-01T00:00:00.000Z", "2026-11-01T00:00:00",
        "2026-11-01 00:00:00+0900", "2026/11/01T00:00:00+0900", "20261101T000000+0900", "2026-11-01",
        "2026-11-01T00:00:00+0000",
    ])
    func startDatetimeNotInPlus0900FormIsError011(_ start: String) async throws {
        try await withRouterSandbox { sandbox in
            let end = RMSDateText.orderDatetime(Date())
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/searchOrder/",
                json: #"{"dateType":1,"startDatetime":"\#(start)","endDatetime":"\#(end)"}"#
            )
            #expect(reply.status == 400)
            #expect(reply.object.messageCodes == ["ORDER_EXT_API_SEARCH_ORDER_ERROR_011"])
            let message = (reply.object["MessageModelList"] as? [[String: Any]])?.first?["message"] as? String
            #expect(message == "startDatetimeの書式が不正です。")
            #expect(reply.object["orderNumberList"] is NSNull)
            #expect(reply.object["PaginationResponseModel"] is NSNull)
        }
    }

    @Test func officialErrorSampleIsReproduced() async throws {
        // The official 400 sample: dateType missing and startDatetime '10-14T00:00:00+0900'.
        let expectedData = try fixture("rakuten/searchorder_response_error_400_official_sample.json")
        try await withRouterSandbox { sandbox in
            let expected = try JSONSerialization.jsonObject(with: expectedData) as? NSDictionary
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/searchOrder/",
                json: #"{"startDatetime":"10-14T00:00:00+0900","endDatetime":"\#(RMSDateText.orderDatetime(Date()))"}"#
            )
            #expect(reply.status == 400)
            #expect(reply.json as? NSDictionary == expected)
        }
    }

    @Test func zeroHitsAreOKWithEmptyListAndNullPagination() async throws {
        let expectedData = try fixture("rakuten/searchorder_response_zero_results_official_sample.json")
        try await withRouterSandbox { sandbox in
            let expected = try JSONSerialization.jsonObject(with: expectedData) as? NSDictionary
            let reply = try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody())
            #expect(reply.status == 200)
            #expect(reply.json as? NSDictionary == expected)
        }
    }

    @Test func windowLongerThan63DaysIsRejected() async throws {
        try await withRouterSandbox { sandbox in
            let ok = try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody(days: 62.9))
            let tooLong = try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody(days: 63.1))
            #expect(ok.status == 200)
            #expect(tooLong.status == 400)
            #expect(tooLong.object.messageCodes == ["ORDER_EXT_API_SEARCH_ORDER_ERROR_013"])
        }
    }

    @Test func startOlderThan730DaysIsRejected() async throws {
        try await withRouterSandbox { sandbox in
            let start = Date().addingTimeInterval(-731 * 86_400)
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/searchOrder/",
                json:
                    #"{"dateType":1,"startDatetime":"\#(RMSDateText.orderDatetime(start))","endDatetime":"\#(RMSDateText.orderDatetime(start.addingTimeInterval(86_400)))"}"#
            )
            #expect(reply.status == 400)
            #expect(reply.object.messageCodes == ["ORDER_EXT_API_SEARCH_ORDER_ERROR_014"])
        }
    }

    @Test(arguments: [(1000, 200), (1001, 400), (0, 400)])
    func pageSizeIsAtMost1000(_ amount: Int, _ status: Int) async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/searchOrder/",
                json: searchBody(
                    extra: #","PaginationRequestModel":{"requestRecordsAmount":\#(amount),"requestPage":1}"#
                )
            )
            #expect(reply.status == status)
        }
    }

    @Test func missingDatesAreError009AndEmptyAreError010() async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/searchOrder/",
                json: #"{"dateType":1,"startDatetime":""}"#
            )
            #expect(reply.status == 400)
            #expect(
                reply.object.messageCodes == [
                    "ORDER_EXT_API_SEARCH_ORDER_ERROR_010", "ORDER_EXT_API_SEARCH_ORDER_ERROR_009",
                ]
            )
        }
    }

    @Test func filtersByProgressSortsAndPaginates() async throws {
        try await withRouterSandbox { sandbox in
            // Given three orders one minute apart, the second one confirmed (300)
            try await sandbox.seedCatalog()
            var numbers: [String] = []
            for minutes in [30.0, 20, 10] {
                let date = RMSDateText.orderDatetime(Date().addingTimeInterval(-minutes * 60))
                numbers.append(
                    try await sandbox.placeOrder(
                        #"{"orderDatetime":"\#(date)","lines":[{"manageNumber":"gift","units":1}]}"#
                    )
                )
            }
            _ = try await sandbox.send(
                .post,
                "/es/2.0/order/confirmOrder/",
                json: #"{"orderNumberList":["\#(numbers[1])"]}"#
            )
            // When searching for 100 only, ascending, two per page
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/searchOrder/",
                json: searchBody(
                    extra:
                        #","orderProgressList":[100],"PaginationRequestModel":{"requestRecordsAmount":1,"requestPage":2,"SortModelList":[{"sortColumn":1,"sortDirection":1}]}"#
                )
            )
            // Then page 2 of 2 holds the newest 100 order
            #expect(reply.object["orderNumberList"] as? [String] == [numbers[2]])
            let pagination = try #require(reply.object["PaginationResponseModel"] as? [String: Any])
            #expect(pagination["totalRecordsAmount"] as? Int == 2)
            #expect(pagination["totalPages"] as? Int == 2)
            #expect(pagination["requestPage"] as? Int == 2)
            // And the default order is newest first
            let all = try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody())
            #expect(all.object["orderNumberList"] as? [String] == numbers.reversed())
        }
    }

    @Test func resultsAreCappedAt15000() async throws {
        try await withRouterSandbox { sandbox in
            // Given 15,001 orders placed within the last hour
            let date = RMSDateText.orderDatetime(Date().addingTimeInterval(-600))
            let models = (1...15_001).map {
                #"{"orderNumber":"400001-20261101-\#(String(format: "%08d", $0))","orderProgress":100,"orderDatetime":"\#(date)"}"#
            }
            let placed = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/orders/raw",
                json: #"{"OrderModelList":[\#(models.joined(separator: ","))]}"#
            )
            #expect(placed.status == 201)
            // When searching 1000 per page
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/searchOrder/",
                json: searchBody(extra: #","PaginationRequestModel":{"requestRecordsAmount":1000,"requestPage":15}"#)
            )
            // Then only 15,000 are reachable
            let pagination = try #require(reply.object["PaginationResponseModel"] as? [String: Any])
            #expect(pagination["totalRecordsAmount"] as? Int == 15_000)
            #expect(pagination["totalPages"] as? Int == 15)
            #expect((reply.object["orderNumberList"] as? [String])?.count == 1000)
        }
    }
}
