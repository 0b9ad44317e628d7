import Foundation
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// ESA authentication, license expiry and media types (rakuten-rms.md §1).
struct RakutenGatewayTests {
    @Test(arguments: [
        SandboxCredentials.esa(serviceSecret: "SP_SANDBOX_SECRET", licenseKey: "SL_WRONG"),
        SandboxCredentials.esa(serviceSecret: "SP_WRONG", licenseKey: "SL_SANDBOX_LICENSE"),
        "ESA not-base64!", "Basic U1A6U0w=",
    ])
    func badCredentialsGetGatewayUnauthorised(_ authorization: String) async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/searchOrder/",
                json: searchBody(),
                auth: authorization
            )
            #expect(reply.status == 401)
            let results = try #require(reply.object["Results"] as? [String: Any])
            #expect(results["errorCode"] as? String == "ES01-01")
            #expect(results["message"] as? String == "Un-Authorised")
        }
    }

    @Test func missingAuthorizationIsUnauthorised() async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(.post, "/es/2.0/inventories/bulk-get", json: "{}", auth: nil)
            #expect(reply.status == 401)
            #expect((reply.object["Results"] as? [String: Any])?["errorCode"] as? String == "ES01-01")
        }
    }

    @Test func expiredLicenseKeyIsUnauthorisedEvenForExpiryDate() async throws {
        try await withRouterSandbox { sandbox in
            // Given a shop whose key expired yesterday
            let created = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops",
                json: #"{"code":"old-shop","serviceSecret":"SP_OLD","licenseKey":"SL_OLD","licenseExpiresInDays":-1}"#
            )
            #expect(created.status == 201)
            // When it asks for its expiry date
            let auth = SandboxCredentials.esa(serviceSecret: "SP_OLD", licenseKey: "SL_OLD")
            let reply = try await sandbox.send(
                .get,
                "/es/1.0/license-management/license-key/expiry-date?licenseKey=SL_OLD",
                auth: auth
            )
            // Then the gateway refuses it
            #expect(reply.status == 401)
            #expect((reply.object["Results"] as? [String: Any])?["errorCode"] as? String == "ES01-01")
        }
    }

    @Test func aShopIsFoundByItsCurrentLicenseKeyAmongManyShops() async throws {
        try await withRouterSandbox { sandbox in
            // Given 50 more shops (the gateway files shops by license key, issue #14 §2), and shop-7's key renewed
            for number in 0..<50 {
                let created = try await sandbox.control(
                    .post,
                    "/_sandbox/rakuten/shops",
                    json: #"{"code":"shop-\#(number)","serviceSecret":"SP_\#(number)","licenseKey":"SL_\#(number)"}"#
                )
                #expect(created.status == 201)
            }
            let renewed = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/shop-7",
                json: #"{"licenseKey":"SL_7_RENEWED"}"#
            )
            #expect(renewed.status < 300, "\(renewed.text)")
            func search(_ secret: String, _ key: String) async throws -> Int {
                let auth = SandboxCredentials.esa(serviceSecret: secret, licenseKey: key)
                return try await sandbox.send(.post, "/es/2.0/order/searchOrder/", json: searchBody(), auth: auth)
                    .status
            }
            // Then every shop answers to its own key, shop-7 to its new key only, and nobody to another's secret
            #expect(try await search("SP_42", "SL_42") == 200)
            #expect(try await search("SP_SANDBOX_SECRET", "SL_SANDBOX_LICENSE") == 200)
            #expect(try await search("SP_7", "SL_7_RENEWED") == 200)
            #expect(try await search("SP_7", "SL_7") == 401)
            #expect(try await search("SP_8", "SL_42") == 401)
        }
    }

    @Test func licenseExpiryIsJSTWithoutOffset90DaysAhead() async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(
                .get,
                "/es/1.0/license-management/license-key/expiry-date?licenseKey=SL_SANDBOX_LICENSE"
            )
            #expect(reply.status == 200)
            let expiry = try #require(reply.object["expiryDate"] as? String)
            #expect(expiry.wholeMatch(of: /\d{4}-\d{2}-\d{2}T23:59:59/) != nil)
            let date = try #require(RMSDateText.date(licenseExpiry: expiry))
            let days = date.timeIntervalSinceNow / 86_400
            #expect(days > 89 && days <= 91)
        }
    }

    @Test(arguments: [
        ("application/json; charset=utf-8", 200), ("application/json;charset=utf-8", 200),
        ("application/json; charset=UTF-8", 200), ("application/json", 415), ("text/plain; charset=utf-8", 415),
    ])
    func orderAPIMediaTypes(_ contentType: String, _ status: Int) async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/order/searchOrder/",
                json: searchBody(),
                contentType: contentType
            )
            #expect(reply.status == status)
            if status == 200 {
                #expect(reply.headers[.contentType] == "application/json;charset=utf-8")
            } else {
                #expect((reply.object["Results"] as? [String: Any])?["errorCode"] as? String == "ES04-03")
            }
        }
    }

    @Test func orderPathWithoutTrailingSlashIsAccepted() async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(.post, "/es/2.0/order/searchOrder", json: searchBody())
            #expect(reply.status == 200)
            #expect(reply.object.messageCodes == ["ORDER_EXT_API_SEARCH_ORDER_INFO_102"])
        }
    }
}
