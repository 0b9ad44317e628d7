import Foundation
import Hummingbird
import HummingbirdTesting
import Sandbox
import TestSupport
import Testing

/// The sandbox over real sockets, started through the TestSupport harness.
struct SandboxLiveTests {
    @Test(.timeLimit(.minutes(1)))
    func harnessServesBothControlAndAPIOverLoopback() async throws {
        try await withSandboxServer { sandbox in
            let health = try await sandbox.control(.get, "/_sandbox/health")
            #expect(health.status == 200)
            #expect(health.object["status"] as? String == "ok")
            let search = try await sandbox.rakuten(.post, "/es/2.0/order/searchOrder/", json: searchBody())
            #expect(search.status == 200)
            #expect(search.headers[.contentType] == "application/json;charset=utf-8")
            #expect(sandbox.baseURL == "http://127.0.0.1:\(sandbox.port)")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func droppedConnectionGetsNoAnswer() async throws {
        try await withSandboxServer { sandbox in
            _ = try await sandbox.control(
                .post,
                "/_sandbox/faults",
                json: #"{"pathPrefix":"/es/","drop":true,"rate":1,"count":1,"seed":3}"#
            )
            await #expect(throws: (any Error).self) {
                _ = try await sandbox.rakuten(.post, "/es/2.0/order/searchOrder/", json: searchBody())
            }
            let next = try await sandbox.rakuten(.post, "/es/2.0/order/searchOrder/", json: searchBody())
            #expect(next.status == 200)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func timeoutFaultHangsPastTheClientTimeout() async throws {
        try await withSandboxServer { sandbox in
            _ = try await sandbox.control(
                .post,
                "/_sandbox/faults",
                json: #"{"pathPrefix":"/es/","timeout":true,"hangSeconds":3,"rate":1,"count":1,"seed":3}"#
            )
            let started = ContinuousClock.now
            let reply = try? await sandbox.rakuten(.post, "/es/2.0/order/searchOrder/", json: searchBody())
            let waited = ContinuousClock.now - started
            #expect(waited >= .seconds(2.5))
            #expect(reply?.status != 200)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func productionAppAnswersOverHummingbirdLiveTesting() async throws {
        let app = buildSandboxApplication(configuration: SandboxConfiguration(rateLimitsEnabled: false))
        try await app.test(.live) { client in
            var headers = HTTPFields()
            headers[.authorization] = SandboxCredentials.rakutenAuthorization
            let response = try await client.execute(
                uri: "/es/1.0/license-management/license-key/expiry-date?licenseKey=SL_SANDBOX_LICENSE",
                method: .get,
                headers: headers
            )
            #expect(response.status == .ok)
            #expect(String(buffer: response.body).contains("expiryDate"))
            let unauthorised = try await client.execute(uri: "/es/2.0/items/manage-numbers/x", method: .get)
            #expect(unauthorised.status == .unauthorized)
        }
    }
}
