import CurlTransport
import Foundation
import HTTPTypes
import Sandbox
import SmaregiAPI
import TestSupport
import Testing

/// The client's POS calls against the live sandbox.
struct SmaregiClientPOSTests {
    @Test(.timeLimit(.minutes(1))) func tokenIsFetchedOnceAndRenewedAfterA401() async throws {
        try await withSmaregiServer { server in
            let client = makeSmaregiClient(server)
            // Given two calls with one cached token
            _ = try await runBlocking { try client.stores() }
            _ = try await runBlocking { try client.paymentMethods() }
            #expect(try await tokenRequestCount(server) == 1)
            // When the sandbox forgets every token
            _ = try await server.control(.post, "/_sandbox/smaregi/contracts/sb_sandbox01/tokens/expire")
            let stores = try await runBlocking { try client.stores() }
            // Then the client fetches a new one and the call succeeds
            #expect(stores.count == 2)
            #expect(try await tokenRequestCount(server) == 2)
        }
    }

    @Test(.timeLimit(.minutes(1))) func tokenCloseToExpiryIsRenewedBeforeUse() async throws {
        try await withSmaregiServer { server in
            _ = try await server.control(
                .put,
                "/_sandbox/smaregi/contracts/sb_sandbox01/settings",
                json: #"{"rateLimitEnabled":false,"tokenLifetimeSeconds":30}"#
            )
            let client = makeSmaregiClient(server)
            _ = try await runBlocking { try client.stores() }
            _ = try await runBlocking { try client.stores() }
            // 30 s tokens are inside the 60 s renewal margin, so each call asks for a new one.
            #expect(try await tokenRequestCount(server) == 2)
        }
    }

    @Test(.timeLimit(.minutes(1))) func rateLimited429IsRetriedAfterRetryAfter() async throws {
        try await withSmaregiServer { server in
            // Given a contract that allows one read per second and a client that does not pace itself
            _ = try await server.control(
                .put,
                "/_sandbox/smaregi/contracts/sb_sandbox01/settings",
                json: #"{"readsPerSecond":1,"writesPerSecond":4}"#
            )
            let client = makeSmaregiClient(server)
            // When it reads twice in a row
            let started = Date()
            let first = try await runBlocking { try client.paymentMethods() }
            let second = try await runBlocking { try client.paymentMethods() }
            // Then the second read was refused once, waited for Retry-After and succeeded
            #expect(first == second)
            #expect(Date().timeIntervalSince(started) >= 0.9)
            #expect(try await server.counters().responses["429"] == 1)
        }
    }

    @Test(.timeLimit(.minutes(1))) func storesAreTyped() async throws {
        try await withSmaregiServer { server in
            let client = makeSmaregiClient(server)
            let stores = try await runBlocking { try client.stores() }
            #expect(stores.map(\.id) == [1, 2])
            #expect(stores.map(\.division) == [.normal, .warehouse])
            #expect(stores.first?.name == "本店")
            let warehouse = try await runBlocking { try client.store(id: 2) }
            #expect(warehouse?.code == "W001")
            let missing = try await runBlocking { try client.store(id: 77) }
            #expect(missing == nil)
        }
    }

    @Test(.timeLimit(.minutes(1))) func productsArePagedThroughLinkHeaders() async throws {
        try await withSmaregiServer { server in
            // Given 2,345 products (three pages of 1000)
            let products = (1...2345).map { id in
                #"{"productId":"\#(id)","productCode":"C\#(id)","productName":"商品\#(id)","price":\#(id * 10)}"#
            }
            let reply = try await server.control(
                .post,
                "/_sandbox/smaregi/contracts/sb_sandbox01/products",
                json: "[" + products.joined(separator: ",") + "]"
            )
            #expect(reply.status == 200)
            let client = makeSmaregiClient(server)
            // When the client lists them
            let listed = try await runBlocking { try client.products() }
            // Then every product arrives once, typed
            #expect(listed.count == 2345)
            #expect(Set(listed.map(\.id)).count == 2345)
            #expect(listed.last?.price == 23450)
            #expect(listed.first?.code == "C1")
            let counters = try await server.counters()
            #expect(counters.requestCount { $0.hasPrefix("GET ") && $0.hasSuffix("/pos/products") } == 3)
        }
    }

    @Test(.timeLimit(.minutes(1))) func aLinkWhoseURLHoldsTheFieldsListIsFollowedAndEndsTheListing() async throws {
        try await withSmaregiServer { server in
            // Given exactly 2,000 products: two full pages, and the sandbox echoing the request's
            // `fields=productId,productCode,…` into its Link URL, as the API does
            let products = (1...2000).map { id in
                #"{"productId":"\#(id)","productCode":"C\#(id)","productName":"商品\#(id)","price":100}"#
            }
            let reply = try await server.control(
                .post,
                "/_sandbox/smaregi/contracts/sb_sandbox01/products",
                json: "[" + products.joined(separator: ",") + "]"
            )
            #expect(reply.status == 200)
            let client = makeSmaregiClient(server)
            // When the client lists them
            let listed = try await runBlocking { try client.products() }
            // Then it follows page 1's Link to page 2 and stops there, where no Link comes: two requests (counting
            // pages instead would ask for an empty third page after the full second one)
            #expect(listed.count == 2000)
            let counters = try await server.counters()
            #expect(
                counters.requestCount { $0.hasPrefix("GET ") && $0.hasSuffix("/pos/products") } == 2,
                "\(counters.requests)"
            )
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: ["accessDenied", "aboutBlank"])
    func anAPI401AfterANewTokenIsARefusalSayingWhatHappened(form: String) async throws {
        try await withSmaregiServer { server in
            // Given a contract whose API refuses every token (the IdP still issues them), answering 401 in `form`
            let settings = try await server.control(
                .put,
                "/_sandbox/smaregi/contracts/sb_sandbox01/settings",
                json: #"{"rateLimitEnabled":false,"denyAPIAccess":true,"unauthorizedForm":"\#(form)"}"#
            )
            #expect(settings.status == 200)
            let client = makeSmaregiClient(server)
            // When the client reads
            var refusal: SmaregiAPIError?
            do {
                _ = try await runBlocking { try client.stores() }
            } catch let error as SmaregiAPIError {
                refusal = error
            }
            // Then, after one new token, it is an authentication failure that says the token was refused
            #expect(refusal?.authenticationFailure == .tokenRefused, "\(String(describing: refusal))")
            #expect(refusal?.status == 401)
            #expect(refusal?.description.contains("GET /pos/stores") == true)
            #expect(try await tokenRequestCount(server) == 2)
        }
    }

    @Test(.timeLimit(.minutes(1))) func aWrongClientSecretIsACredentialsRefusal() async throws {
        try await withSmaregiServer { server in
            let client = makeSmaregiClient(server, secret: "not-the-secret")
            var refusal: SmaregiAPIError?
            do {
                _ = try await runBlocking { try client.stores() }
            } catch let error as SmaregiAPIError {
                refusal = error
            }
            #expect(refusal?.authenticationFailure == .credentialsRefused, "\(String(describing: refusal))")
            #expect(refusal?.description.contains("invalid_client") == true)
            #expect(refusal?.description.contains("not-the-secret") == false)
        }
    }

    @Test(.timeLimit(.minutes(1))) func productByCodeAndByIdConvertWireStrings() async throws {
        try await withSmaregiServer { server in
            try await seedSmaregiProducts(server)
            let client = makeSmaregiClient(server)
            let tea = try await runBlocking { try client.product(code: "4900000000035") }
            #expect(tea?.id == 1003)
            #expect(tea?.price == 540)
            #expect(tea?.isReducedTaxRate == true)
            #expect(tea?.taxDivision == .taxIncluded)
            #expect(tea?.managesStock == true)
            #expect(tea?.updatedAt != nil)
            let none = try await runBlocking { try client.product(code: "4900000000036") }
            #expect(none == nil)
            let mug = try await runBlocking { try client.product(id: 1001) }
            #expect(mug?.name == "マグカップ")
            let missing = try await runBlocking { try client.product(id: 999) }
            #expect(missing == nil)
            let recent = try await runBlocking {
                try client.products(updatedBetween: Date().addingTimeInterval(-3600)...Date().addingTimeInterval(60))
            }
            #expect(recent.map(\.id) == [1001, 1002, 1003])
        }
    }

    @Test(.timeLimit(.minutes(1))) func stockByStoreByProductAndUpdatedWindows() async throws {
        try await withSmaregiServer { server in
            try await seedSmaregiProducts(server)
            _ = try await server.control(
                .post,
                "/_sandbox/smaregi/contracts/sb_sandbox01/receipts",
                json: #"{"storeId":"2","lines":[{"productId":"1001","quantity":7},{"productId":"1003","quantity":2}]}"#
            )
            _ = try await server.control(
                .post,
                "/_sandbox/smaregi/contracts/sb_sandbox01/sales",
                json: #"{"storeId":"1","lines":[{"productId":"1002","quantity":1}]}"#
            )
            let client = makeSmaregiClient(server)
            let warehouse = try await runBlocking { try client.stock(storeId: 2) }
            #expect(warehouse.map(\.productId) == [1001, 1003])
            #expect(warehouse.map(\.amount) == [7, 2])
            let some = try await runBlocking { try client.stock(storeId: 2, productIds: [1002, 1003]) }
            #expect(some.map(\.productId) == [1003])
            // A 70-day range goes out as three ≤31-day windows, each with %2B offsets the sandbox accepts.
            let range = Date().addingTimeInterval(-70 * 86_400)...Date().addingTimeInterval(60)
            let changed = try await runBlocking { try client.stock(updatedBetween: range) }
            #expect(
                changed.map { "\($0.storeId)-\($0.productId)=\($0.amount)" } == ["1-1002=-1", "2-1001=7", "2-1003=2"]
            )
        }
    }

    @Test(.timeLimit(.minutes(1))) func paymentMethodsAndTaxRates() async throws {
        try await withSmaregiServer { server in
            let client = makeSmaregiClient(server)
            let methods = try await runBlocking { try client.paymentMethods() }
            #expect(methods.first { $0.name == "代金引換" }?.id == 3)
            let rates = try await runBlocking { try client.taxRates(on: Date()) }
            #expect(rates.map(\.rate) == [Decimal(10)])
            #expect(rates.first?.rounding == .down)
            let all = try await runBlocking { try client.taxRates() }
            #expect(all.map(\.applyStartDate) == ["2014-04-01", "2019-10-01"])
        }
    }

    @Test(.timeLimit(.minutes(1))) func wrongSecretIsAnAuthenticationErrorWithoutTheSecret() async throws {
        try await withSmaregiServer { server in
            let client = makeSmaregiClient(server, secret: "hunter2-secret")
            let error = await #expect(throws: SmaregiAPIError.self) { try await runBlocking { try client.stores() } }
            guard case .authenticationFailed(let endpoint, let status, let code, _)? = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(endpoint == "POST /app/{contractId}/token")
            #expect(status == 401)
            #expect(code == "invalid_client")
            #expect(!"\(error!)".contains("hunter2"))
        }
    }

    @Test(.timeLimit(.minutes(1))) func missingScopeIsA403WithTitle() async throws {
        try await withSmaregiServer { server in
            let client = makeSmaregiClient(server, scopes: ["pos.products:read"])
            let error = await #expect(throws: SmaregiAPIError.self) { try await runBlocking { try client.stores() } }
            #expect(error?.status == 403)
            #expect("\(error!)".contains("Insufficient Scope"))
            #expect("\(error!)".contains("pos.stores:read"))
        }
    }
}
