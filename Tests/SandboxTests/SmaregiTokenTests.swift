import Foundation
import HTTPTypes
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// IdP contract: `POST /app/{contractId}/token` (smaregi.md §1.1) and the bearer / scope checks (§1.3, §8).
struct SmaregiTokenTests {
    @Test func validCredentialsGetABearerTokenWithTheRequestedScope() async throws {
        try await withSmaregiRouter { sandbox in
            let reply = try await sandbox.tokenReply(
                form: "grant_type=client_credentials&scope=pos.products:read+pos.stock:read"
            )
            #expect(reply.status == 200)
            #expect(reply.object["token_type"] as? String == "Bearer")
            #expect(reply.object["expires_in"] as? Int == 3600)
            #expect(reply.object["scope"] as? String == "pos.products:read pos.stock:read")
            #expect((reply.object["access_token"] as? String)?.count ?? 0 >= 32)
        }
    }

    @Test(arguments: [
        ("sb_sandbox01", "sandbox-client-id:wrong-secret"),
        ("sb_sandbox01", "other-client:sandbox-client-secret"),
        ("sb_unknown", "sandbox-client-id:sandbox-client-secret"),
    ])
    func wrongCredentialsAreInvalidClient(contract: String, pair: String) async throws {
        try await withSmaregiRouter { sandbox in
            let reply = try await sandbox.tokenReply(
                contract: contract,
                authorization: "Basic " + Data(pair.utf8).base64EncodedString()
            )
            #expect(reply.status == 401)
            #expect(reply.object["error"] as? String == "invalid_client")
            #expect(reply.object["error_description"] is String)
        }
    }

    @Test func missingAuthorizationIsInvalidClient() async throws {
        try await withSmaregiRouter { sandbox in
            let reply = try await sandbox.tokenReply(authorization: nil)
            #expect(reply.status == 401)
            #expect(reply.object["error"] as? String == "invalid_client")
        }
    }

    @Test func bracedBasicValueAsSentByTheSwiftClientIsAccepted() async throws {
        try await withSmaregiRouter { sandbox in
            let braced = "Basic {" + Data("sandbox-client-id:sandbox-client-secret".utf8).base64EncodedString() + "}"
            let reply = try await sandbox.tokenReply(authorization: braced)
            #expect(reply.status == 200)
        }
    }

    @Test func scopeNotEnabledForTheAppIsInvalidScope() async throws {
        try await withSmaregiRouter { sandbox in
            _ = try await sandbox.send(
                .post,
                "/_sandbox/smaregi/contracts",
                json: #"{"contractId":"sb_narrow","scopes":["pos.products:read"]}"#
            )
            let reply = try await sandbox.tokenReply(
                contract: "sb_narrow",
                form: "grant_type=client_credentials&scope=pos.products:read%20pos.stock:write"
            )
            #expect(reply.status == 400)
            #expect(reply.object["error"] as? String == "invalid_scope")
            #expect((reply.object["error_description"] as? String)?.contains("pos.stock:write") == true)
        }
    }

    @Test(arguments: [
        "grant_type=authorization_code", "scope=pos.products:read", "grant_type=password&scope=pos.stock:read",
    ])
    func grantOtherThanClientCredentialsIsUnsupported(form: String) async throws {
        try await withSmaregiRouter { sandbox in
            let reply = try await sandbox.tokenReply(form: form)
            #expect(reply.status == 400)
            #expect(reply.object["error"] as? String == "unsupported_grant_type")
        }
    }

    @Test(arguments: [nil, "Bearer nonsense", "Basic c2FuZGJveA=="])
    func missingOrUnknownBearerIsTheDocumentedAccessDeniedProblem(authorization: String?) async throws {
        try await withSmaregiRouter { sandbox in
            let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/products", authorization: authorization)
            #expect(reply.status == 401)
            #expect(reply.object["type"] as? String == "https://api.smaregi.jp/problems/oauth2/access_denied")
            #expect(reply.object["title"] as? String == "Access Denied")
            #expect(reply.object["status"] as? Int == 401)
            #expect(reply.object["error"] as? String == "access_denied")
            #expect(reply.object["error_description"] is String)
        }
    }

    @Test func theAboutBlankFormOf401IsASetting() async throws {
        try await withSmaregiRouter { sandbox in
            let settings = try await sandbox.control(.put, "/settings", json: #"{"unauthorizedForm":"aboutBlank"}"#)
            #expect(settings.object["unauthorizedForm"] as? String == "aboutBlank")
            let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/products", authorization: "Bearer nonsense")
            #expect(reply.status == 401)
            #expect(reply.object["type"] as? String == "about:blank")
            #expect(reply.object["title"] as? String == "Unauthorized")
            #expect(reply.object["detail"] is String)
        }
    }

    @Test func aContractThatDeniesAPIAccessStillIssuesTokensButAnswers401() async throws {
        try await withSmaregiRouter { sandbox in
            let settings = try await sandbox.control(.put, "/settings", json: #"{"denyAPIAccess":true}"#)
            #expect(settings.object["denyAPIAccess"] as? Bool == true)
            let token = try await sandbox.token()
            let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/products", bearer: token)
            #expect(reply.status == 401)
            #expect(reply.object["error"] as? String == "access_denied")
        }
    }

    @Test func tokenOfAnotherContractIs401() async throws {
        try await withSmaregiRouter { sandbox in
            _ = try await sandbox.send(.post, "/_sandbox/smaregi/contracts", json: #"{"contractId":"sb_other"}"#)
            let other = try await sandbox.token(contract: "sb_other")
            let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/products", bearer: other)
            let own = try await sandbox.send(.get, "/sb_other/pos/products", bearer: other)
            #expect(reply.status == 401)
            #expect(own.status == 200)
        }
    }

    @Test func expiredTokenIs401() async throws {
        try await withSmaregiRouter { sandbox in
            // Given a contract whose tokens live 1 second (401s in the problem form, which names the expiry)
            _ = try await sandbox.control(
                .put,
                "/settings",
                json: #"{"tokenLifetimeSeconds":1,"unauthorizedForm":"aboutBlank"}"#
            )
            let reply = try await sandbox.tokenReply()
            #expect(reply.object["expires_in"] as? Int == 1)
            let token = try #require(reply.object["access_token"] as? String)
            let fresh = try await sandbox.send(.get, "/sb_sandbox01/pos/products", bearer: token)
            // When it has expired (real time: the Smaregi side's clock offset is fixed at start, so a token's
            // lifetime can only pass on the wall clock)
            try await Task.sleep(for: .milliseconds(1100))
            let stale = try await sandbox.send(.get, "/sb_sandbox01/pos/products", bearer: token)
            // Then the API refuses it
            #expect(fresh.status == 200)
            #expect(stale.status == 401)
            #expect((stale.object["detail"] as? String)?.contains("有効期限") == true)
        }
    }

    @Test func expireControlInvalidatesIssuedTokens() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            _ = try await sandbox.control(.post, "/tokens/expire")
            let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/stores", bearer: token)
            #expect(reply.status == 401)
        }
    }

    @Test(arguments: [
        ("/sb_sandbox01/pos/stock", "pos.stock:read"),
        ("/sb_sandbox01/pos/stores", "pos.stores:read"),
        ("/sb_sandbox01/pos/payment_methods", "pos.transactions:read"),
        ("/sb_sandbox01/order-shipment/orders", "order-shipment.orders:read"),
    ])
    func missingScopeIs403InsufficientScopeNamingIt(path: String, scope: String) async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token(scopes: "pos.products:read")
            let reply = try await sandbox.send(.get, path, bearer: token)
            #expect(reply.status == 403)
            #expect(reply.object["type"] as? String == "about:blank")
            #expect(reply.object["title"] as? String == "Insufficient Scope")
            #expect(reply.object["status"] as? Int == 403)
            #expect((reply.object["detail"] as? String)?.contains(scope) == true)
        }
    }
}
