import CurlTransport
import Foundation
import HTTPTypes
import Logging
import RakutenRMS
import Sandbox
import TestSupport
import Testing

/// Issue #12 §1, order side: the 15,000 cap, the documented error forms of the shipping functions and of a
/// refused key, and Rakuten's clock, each against the sandbox playing that form.
struct RMSOrderContractTests {
    static func client(_ sandbox: SandboxServer, licenseKey: String = "SL_SANDBOX_LICENSE") -> RMSClient {
        RMSClient(
            credentials: RMSCredentials(serviceSecret: "SP_SANDBOX_SECRET", licenseKey: licenseKey),
            baseURL: sandbox.baseURL,
            configuration: HTTPClientConfiguration(totalTimeout: .seconds(20)),
            retryPolicy: RetryPolicy(maxAttempts: 2, initialBackoff: .milliseconds(20), deadline: .seconds(30)),
            pacer: RequestPacer(),
            logger: Logger(label: "rakuten-rms-tests.contract") { _ in SwiftLogNoOpLogHandler() }
        )
    }

    /// Seeds an unmanaged item and `count` orders of it with 注文日 spread over `spread` seconds from `from`.
    static func bulkOrders(_ sandbox: SandboxServer, count: Int, from: Date, spread: Int) async throws {
        let item = #"{"manageNumber":"flyer","price":100,"inventoryManaged":false}"#
        let added = try await sandbox.control(.post, "/_sandbox/rakuten/shops/sandbox-shop/items", json: item)
        #expect(added.status == 201, "\(added.text)")
        let body = """
            {"count":\(count),"from":"\(RMSDateFormat.orderDateTime.string(from: from))","spreadSeconds":\(spread),
             "order":{"lines":[{"manageNumber":"flyer","units":1}]}}
            """
        let seeded = try await sandbox.control(.post, "/_sandbox/rakuten/shops/sandbox-shop/orders/bulk", json: body)
        #expect(seeded.status == 201, "\(seeded.text)")
    }

    @Test(.timeLimit(.minutes(3)))
    func aWindowAtTheCapIsSplitUntilEveryOrderIsRead() async throws {
        try await withSandboxServer { sandbox in
            // Given 15,050 orders over ten minutes: the sandbox answers totalRecordsAmount 15,000 for the window
            let from = Date().addingTimeInterval(-3_600)
            try await Self.bulkOrders(sandbox, count: 15_050, from: from, spread: 600)
            let rms = Self.client(sandbox)
            let total = try await runBlocking {
                try rms.searchOrder(
                    RMSSearchOrderRequest(
                        dateType: .orderDate,
                        startDatetime: from,
                        endDatetime: from.addingTimeInterval(3_000)
                    )
                ).paginationResponseModel?.totalRecordsAmount
            }
            #expect(total == 15_000)

            // When the client searches the hour
            let search = try await runBlocking {
                try rms.searchOrderNumbers(orderDatesFrom: from.addingTimeInterval(-60), hostNow: Date())
            }

            // Then it sees every order once, and no second is saturated
            #expect(search.numbers.count == 15_050)
            #expect(Set(search.numbers).count == 15_050)
            #expect(search.saturatedWindows.isEmpty)
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func aSecondThatStillHoldsTheCapIsListed() async throws {
        try await withSandboxServer { sandbox in
            // Given 15,000 orders in one second
            let second = RMSClientSearchSecond.whole(Date().addingTimeInterval(-600))
            try await Self.bulkOrders(sandbox, count: 15_000, from: second, spread: 0)
            let rms = Self.client(sandbox)

            // When the client searches the last hour
            let search = try await runBlocking {
                try rms.searchOrderNumbers(orderDatesFrom: second.addingTimeInterval(-3_000), hostNow: Date())
            }

            // Then that one second is listed as saturated, and its 15,000 numbers are read
            #expect(search.saturatedWindows == [second...second])
            #expect(search.numbers.count == 15_000)
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: [400, 200])
    func asyncShippingFormatErrorsAreARefusalInBothForms(status: Int) async throws {
        try await withSandboxServer { sandbox in
            // Given the sandbox answering async format errors with HTTP `status`
            let set = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/settings",
                json: #"{"asyncShippingFormatErrorStatus":\#(status)}"#
            )
            #expect(set.status == 200)
            #expect(try set.decoded(as: RakutenSandboxSettings.self).asyncShippingFormatErrorStatus == status)
            let rms = Self.client(sandbox)

            // When a request carries a tracking number over 120 characters for one order
            let bad = RMSOrderShippingModel(
                orderNumber: "400001-20261128-00000001",
                basketidModelList: [
                    RMSBasketidModel(
                        basketId: 1,
                        shippingModelList: [
                            RMSShippingUpdateModel(
                                shippingDetailId: 77,
                                deliveryCompany: "1001",
                                shippingNumber: String(repeating: "9", count: 130),
                                shippingDate: "2026-11-29"
                            )
                        ]
                    )
                ]
            )
            let outcome = await runBlockingResult {
                try rms.updateOrderShippingAsync(RMSUpdateOrderShippingAsyncRequest(orderShippingModelList: [bad]))
            }

            // Then the client throws the refusal naming the order and echoing the row's shippingDetailId
            guard case .failure(.orderAPI(_, let httpStatus, let messages, _)) = outcome else {
                Issue.record("expected orderAPI, got \(outcome)")
                return
            }
            #expect(httpStatus == status)
            let error = try #require(messages.errors.first)
            #expect(error.messageCode == "ORDER_EXT_API_UPDATE_ORDERSHIPPING_ASYNC_ERROR_011")
            #expect(error.orderNumber == "400001-20261128-00000001")
            #expect(error.shippingDetailId == 77)
            #expect(error.requestId == nil)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func getResultWithoutARequestIdDecodesTheWrappedError() async throws {
        try await withSandboxServer { sandbox in
            let rms = Self.client(sandbox)
            let outcome = await runBlockingResult {
                try rms.getResultUpdateOrderShippingAsync(RMSGetResultUpdateOrderShippingAsyncRequest(requestId: ""))
            }
            guard case .failure(.orderAPI(_, let status, let messages, _)) = outcome else {
                Issue.record("expected orderAPI, got \(outcome)")
                return
            }
            #expect(status == 400)
            #expect(messages.map(\.messageCode) == ["ORDER_EXT_API_GET_RESULT_UPDATEORDERSHIPPING_ASYNC_ERROR_009"])
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: ["ES01-01", "GA0001"])
    func aRefusedKeyIsAnAuthenticationFailureWithItsCode(form: String) async throws {
        try await withSandboxServer { sandbox in
            let set = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/settings",
                json: #"{"authenticationErrorForm":"\#(form)"}"#
            )
            #expect(try set.decoded(as: RakutenSandboxSettings.self).authenticationErrorForm == form)
            let rms = Self.client(sandbox, licenseKey: "SL_WRONG")
            let outcome = await runBlockingResult {
                try rms.searchOrder(
                    RMSSearchOrderRequest(dateType: .orderDate, startDatetime: Date(), endDatetime: Date())
                )
            }
            guard case .failure(let error) = outcome else {
                Issue.record("expected a failure")
                return
            }
            #expect(error.isAuthenticationFailure)
            guard case .authentication(_, 401, let code, _) = error else {
                Issue.record("expected authentication, got \(error)")
                return
            }
            #expect(code == form)
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: [900.0, -900.0])
    func theClientLearnsRakutensClockFromTheDateHeader(offset: Double) async throws {
        try await withSandboxServer { sandbox in
            // Given the sandbox's Rakuten clock `offset` seconds off the host's, set at run time
            let set = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/settings",
                json: #"{"clockOffsetSeconds":\#(offset)}"#
            )
            #expect(try set.decoded(as: RakutenSandboxSettings.self).clockOffsetSeconds == offset)
            let rms = Self.client(sandbox)

            // When the client searches up to the host's now
            let hostNow = Date()
            let search = try await runBlocking {
                try rms.searchOrderNumbers(orderDatesFrom: hostNow.addingTimeInterval(-3_600), hostNow: hostNow)
            }

            // Then it knows the offset and ends the search at Rakuten's time
            let learnt = try #require(search.clockOffset)
            #expect(abs(learnt - offset) < 3, "\(learnt)")
            #expect(abs(search.end.timeIntervalSince(hostNow) - offset) < 3)
        }
    }
}

/// Whole-second dates for the tests (the order API has no fractions).
enum RMSClientSearchSecond {
    static func whole(_ date: Date) -> Date { Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)) }
}

/// Runs a blocking client call on the thread pool and returns its outcome, the RMS error included.
func runBlockingResult<T: Sendable>(
    _ work: @escaping @Sendable () throws -> T
) async -> Result<T, RakutenRMSError> {
    let outcome = try? await runBlocking { () -> Result<T, RakutenRMSError> in
        do {
            return .success(try work())
        } catch let error as RakutenRMSError {
            return .failure(error)
        } catch {
            return .failure(.transport(endpoint: "test", detail: "\(error)"))
        }
    }
    return outcome ?? .failure(.transport(endpoint: "test", detail: "the thread pool is not active"))
}
