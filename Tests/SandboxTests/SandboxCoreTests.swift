import Foundation
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// Rate limits, fault injection, counters and reset (shared core of the sandbox).
struct SandboxCoreTests {
    @Test(.timeLimit(.minutes(1)))
    func orderAPIRateLimitAnswers429ThenPassesAfterASecond() async throws {
        try await withRouterSandbox(SandboxConfiguration(rateLimitsEnabled: true)) { sandbox in
            // Given one search just made
            let first = try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody())
            #expect(first.status == 200)
            // When another follows at once
            let second = try await sandbox.send(
                .post,
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":["x"],"version":10}"#
            )
            // Then the gateway answers 429 with Retry-After: 1
            #expect(second.status == 429)
            #expect(second.headers[.retryAfter] == "1")
            #expect((second.object["Results"] as? [String: Any])?["errorCode"] as? String == "ES05-01")
            // And after a second it passes again (real time is the point: the bucket refills on the wall clock,
            // which the sandbox clock's offset does not move)
            try await Task.sleep(for: .milliseconds(1050))
            let third = try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody())
            #expect(third.status == 200)
            let counters = try await sandbox.control(.get, "/_sandbox/counters")
            #expect(counters.object["rateLimited"] as? Int == 1)
        }
    }

    @Test func bulkGetAllowsFivePerSecond() async throws {
        try await withRouterSandbox(SandboxConfiguration(rateLimitsEnabled: true)) { sandbox in
            // When twelve bulk-gets are sent back to back
            let started = ContinuousClock.now
            var statuses: [Int] = []
            for _ in 0..<12 {
                statuses.append(
                    try await sandbox.send(
                        .post,
                        "/es/2.0/inventories/bulk-get",
                        json: #"{"inventories":[{"manageNumber":"a","variantId":"b"}]}"#
                    ).status
                )
            }
            let elapsed = (ContinuousClock.now - started) / .seconds(1)
            // Then a burst of five passes, and no more than five per second after it
            #expect(Array(statuses.prefix(5)) == [200, 200, 200, 200, 200])
            #expect(statuses.contains(429))
            #expect(Double(statuses.filter { $0 == 200 }.count) <= 5 + 5 * elapsed + 1)
        }
    }

    @Test func rateLimitsCanBeSwitchedOffAtRunTime() async throws {
        try await withRouterSandbox(SandboxConfiguration(rateLimitsEnabled: true)) { sandbox in
            _ = try await sandbox.control(.post, "/_sandbox/rakuten/settings", json: #"{"rateLimits":false}"#)
            var statuses: [Int] = []
            for _ in 0..<3 {
                statuses.append(try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody()).status)
            }
            #expect(statuses == [200, 200, 200])
            // And a reset restores the configured limits
            _ = try await sandbox.control(.post, "/_sandbox/reset")
            let settings = try await sandbox.control(.get, "/_sandbox/rakuten/settings")
            #expect(settings.object["rateLimits"] as? Bool == true)
        }
    }

    /// The statuses of 20 searches under one fault rule with `seed`.
    private func injectedSequence(seed: UInt64) async throws -> [Int] {
        try await withRouterSandbox { sandbox in
            let rule = try await sandbox.control(
                .post,
                "/_sandbox/faults",
                json: #"{"method":"POST","pathPrefix":"/es/2.0/order/","status":503,"rate":0.5,"seed":\#(seed)}"#
            )
            #expect(rule.status == 201)
            var statuses: [Int] = []
            for _ in 0..<20 {
                statuses.append(try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody()).status)
            }
            return statuses
        }
    }

    @Test func faultInjectionIsDeterministicForASeed() async throws {
        let first = try await injectedSequence(seed: 42)
        let again = try await injectedSequence(seed: 42)
        let other = try await injectedSequence(seed: 7)
        #expect(first == again)
        #expect(first != other)
        #expect(first.contains(503) && first.contains(200))
        #expect(Set(first) == [200, 503])
    }

    @Test func faultCountLimitsInjectionsAndDeleteClearsRules() async throws {
        try await withRouterSandbox { sandbox in
            _ = try await sandbox.control(
                .post,
                "/_sandbox/faults",
                json: #"{"rules":[{"pathPrefix":"/es/","status":500,"rate":1,"count":2,"seed":1}]}"#
            )
            var statuses: [Int] = []
            for _ in 0..<3 {
                statuses.append(try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody()).status)
            }
            #expect(statuses == [500, 500, 200])
            let listed = try await sandbox.control(.get, "/_sandbox/faults")
            #expect((listed.object["rules"] as? [[String: Any]])?.first?["injected"] as? Int == 2)
            _ = try await sandbox.control(.delete, "/_sandbox/faults")
            let cleared = try await sandbox.control(.get, "/_sandbox/faults")
            #expect((cleared.object["rules"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func faultAfterLetsTheFirstMatchingRequestsThrough() async throws {
        try await withRouterSandbox { sandbox in
            _ = try await sandbox.control(
                .post,
                "/_sandbox/faults",
                json: #"{"pathPrefix":"/es/","status":503,"rate":1,"after":2,"count":1,"seed":1}"#
            )
            var statuses: [Int] = []
            for _ in 0..<4 {
                statuses.append(try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody()).status)
            }
            #expect(statuses == [200, 200, 503, 200])
        }
    }

    @Test func invalidFaultRuleIsRejected() async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.control(
                .post,
                "/_sandbox/faults",
                json: #"{"pathPrefix":"/es/","status":503,"rate":1.5}"#
            )
            #expect(reply.status == 400)
        }
    }

    @Test func countersCountPerRoutePatternAndResetClearsEverything() async throws {
        try await withRouterSandbox { sandbox in
            // Given a few calls, one of them answered 404
            try await sandbox.seedCatalog()
            _ = try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody())
            _ = try await sandbox.send(.get, "/es/2.0/inventories/manage-numbers/tea/variants/Tea")
            _ = try await sandbox.send(.get, "/es/2.0/inventories/manage-numbers/mug/variants/none")
            let counters = try await sandbox.control(.get, "/_sandbox/counters")
            let requests = try #require(counters.object["requests"] as? [String: Int])
            #expect(requests["POST /es/2.0/order/searchOrder"] == 1)
            #expect(requests["GET /es/2.0/inventories/manage-numbers/{manageNumber}/variants/{variantId}"] == 2)
            #expect((counters.object["responses"] as? [String: Int])?["404"] == 1)
            // When the sandbox is reset
            let reset = try await sandbox.control(.post, "/_sandbox/reset")
            #expect(reset.status == 200)
            // Then counters and items are gone
            let after = try await sandbox.control(.get, "/_sandbox/counters")
            #expect((after.object["requests"] as? [String: Int])?.isEmpty == true)
            let item = try await sandbox.send(.get, "/es/2.0/items/manage-numbers/tea")
            #expect(item.status == 404)
        }
    }

    @Test func seedFileCreatesShopsItemsAndOrders() async throws {
        let seed = """
            {"rakuten":{"shops":[{"code":"seeded","shopId":123456,"serviceSecret":"SP_SEED","licenseKey":"SL_SEED",
              "taxRounding":"floor","items":[{"manageNumber":"cup","price":999,"includeTaxFlag":0,"taxRate":0.1,"inventory":5}],
              "orders":[{"lines":[{"manageNumber":"cup","units":2}]}]}]}}
            """
        try await withRouterSandbox(SandboxConfiguration(seed: Data(seed.utf8), rateLimitsEnabled: false)) { sandbox in
            let auth = SandboxCredentials.esa(serviceSecret: "SP_SEED", licenseKey: "SL_SEED")
            let search = try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody(), auth: auth)
            let numbers = try #require(search.object["orderNumberList"] as? [String])
            #expect(numbers.count == 1)
            #expect(numbers.first?.hasPrefix("123456-") == true)
            let stock = try await sandbox.send(
                .post,
                "/es/2.0/inventories/bulk-get",
                json: #"{"inventories":[{"manageNumber":"cup","variantId":"cup"}]}"#,
                auth: auth
            )
            #expect((stock.object["inventories"] as? [[String: Any]])?.first?["quantity"] as? Int == 3)
            // The default shop is not created when the seed names shops
            let defaultShop = try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody())
            #expect(defaultShop.status == 401)
        }
    }

    @Test func seededRawOrdersKeepTheirKeyOrder() async throws {
        let date = RMSDateText.orderDatetime(Date().addingTimeInterval(-60))
        let seed =
            #"{"rakuten":{"shops":[{"rawOrders":[{"orderNumber":"400001-20261101-00000007","orderProgress":300,"orderDatetime":"\#(date)"}]}]}}"#
        try await withRouterSandbox(SandboxConfiguration(seed: Data(seed.utf8), rateLimitsEnabled: false)) { sandbox in
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/getOrder/",
                json: #"{"orderNumberList":["400001-20261101-00000007"],"version":9}"#
            )
            let text = reply.text
            let number = try #require(text.range(of: "\"orderNumber\""))
            let progress = try #require(text.range(of: "\"orderProgress\""))
            let datetime = try #require(text.range(of: "\"orderDatetime\""))
            #expect(number.lowerBound < progress.lowerBound && progress.lowerBound < datetime.lowerBound)
        }
    }
}
