import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sandbox
import TestSupport
import Testing

/// The `smaregi` part of the seed file, reset, and the start-up banner (docs/sandbox-smaregi.md).
struct SmaregiSeedTests {
    static let seed = """
        {"contracts":[{"contractId":"sb_seed01","clientId":"seed-id","clientSecret":"seed-secret",
          "scopes":["pos.stock:read","pos.stores:read","order-shipment.stores:read"],"tokenLifetimeSeconds":600,
          "stores":[{"storeId":10,"storeName":"渋谷店"},{"storeId":"20","storeName":"物流倉庫","division":"warehouse"},
                    {"storeId":"30","storeName":"Yahoo!店","division":"order","stockStoreId":"20"}],
          "products":[{"productId":"5","productCode":"JAN5","productName":"皿","price":"800"}],
          "stock":[{"storeId":"20","productId":5,"stockAmount":12}],
          "paymentMethods":[{"paymentMethodId":7,"paymentMethodName":"楽天市場"}]}]}
        """

    @Test func seededContractHasItsCredentialsStoresAndStock() async throws {
        let sandbox = SmaregiSandbox(rateLimitsEnabled: false, clockOffset: 0)
        try sandbox.applySeed(Data(Self.seed.utf8))
        let router = Router(context: BasicRequestContext.self)
        sandbox.addRoutes(to: router)
        try await Application(router: router).test(.router) { client in
            let helper = SmaregiRouterSandbox(client: client)
            let basic = "Basic " + Data("seed-id:seed-secret".utf8).base64EncodedString()
            let tokenReply = try await helper.tokenReply(
                contract: "sb_seed01",
                authorization: basic,
                form: "grant_type=client_credentials"
            )
            #expect(tokenReply.object["expires_in"] as? Int == 600)
            #expect(
                tokenReply.object["scope"] as? String == "order-shipment.stores:read pos.stock:read pos.stores:read"
            )
            let token = try #require(tokenReply.object["access_token"] as? String)
            let stores = try await helper.send(.get, "/sb_seed01/pos/stores", bearer: token)
            #expect((stores.json as? [[String: Any]])?.compactMap { $0["storeName"] as? String } == ["渋谷店", "物流倉庫"])
            let stock = try await helper.send(.get, "/sb_seed01/pos/stock", bearer: token)
            #expect((stock.json as? [[String: Any]])?.first?["stockAmount"] as? String == "12")
            let orderStore = try await helper.send(.get, "/sb_seed01/order-shipment/stores/30", bearer: token)
            #expect(orderStore.object["storeName"] as? String == "Yahoo!店")
            let products = try await helper.send(.get, "/sb_seed01/pos/products", bearer: token)
            #expect(products.status == 403)
            // The default contract is still there.
            #expect(try await helper.tokenReply().status == 200)
        }
    }

    @Test func resetForgetsSeedsAndDataButKeepsTheDefaultContract() async throws {
        let sandbox = SmaregiSandbox(rateLimitsEnabled: false, clockOffset: 0)
        try sandbox.applySeed(Data(Self.seed.utf8))
        sandbox.reset()
        let router = Router(context: BasicRequestContext.self)
        sandbox.addRoutes(to: router)
        try await Application(router: router).test(.router) { client in
            let helper = SmaregiRouterSandbox(client: client)
            let basic = "Basic " + Data("seed-id:seed-secret".utf8).base64EncodedString()
            let seeded = try await helper.tokenReply(contract: "sb_seed01", authorization: basic)
            let standard = try await helper.tokenReply()
            #expect(seeded.status == 401)
            #expect(standard.status == 200)
        }
    }

    @Test(arguments: [
        #"{"contracts":[{"clientId":"x"}]}"#,
        #"{"contracts":[{"contractId":"sb_x","stores":[{"storeId":"1","storeName":"a","division":"shop"}]}]}"#,
        #"{"contracts":[{"contractId":"sb_x","stock":[{"storeId":"1","productId":"9","stockAmount":1}]}]}"#,
        "[]",
    ])
    func invalidSeedIsRejected(seed: String) {
        #expect(throws: (any Error).self) { try SmaregiSandbox().applySeed(Data(seed.utf8)) }
    }

    @Test func bannerNamesTheDefaultCredentials() {
        let banner = SmaregiSandbox().defaultCredentialsDescription
        #expect(banner.contains("sb_sandbox01"))
        #expect(banner.contains("sandbox-client-id"))
        #expect(banner.contains("sandbox-client-secret"))
    }

    @Test func productionApplicationServesTheSmaregiSide() async throws {
        try await buildSandboxApplication(configuration: SandboxConfiguration(rateLimitsEnabled: false))
            .test(.router) { client in
                let helper = SmaregiRouterSandbox(client: client)
                let token = try await helper.token()
                let reply = try await helper.send(.get, "/sb_sandbox01/pos/stores", bearer: token)
                #expect(reply.status == 200)
                #expect((reply.json as? [Any])?.count == 2)
            }
    }
}
