import CurlTransport
import Foundation
import HTTPTypes
import Logging
import Sandbox
import SmaregiAPI
import TestSupport

/// A client of the default sandbox contract pointed at a live sandbox, with the sandbox's limits switched off.
func makeSmaregiClient(
    _ server: SandboxServer,
    secret: String = "sandbox-client-secret",
    scopes: [String] = SmaregiCredentials.defaultScopes
) -> SmaregiClient {
    SmaregiClient(
        credentials: SmaregiCredentials(
            contractId: "sb_sandbox01",
            clientId: "sandbox-client-id",
            clientSecret: secret,
            scopes: scopes
        ),
        tokenBaseURL: server.baseURL,
        apiBaseURL: server.baseURL,
        retryPolicy: RetryPolicy(maxAttempts: 2, initialBackoff: .milliseconds(50), deadline: .seconds(10)),
        pacer: RequestPacer(),
        logger: Logger(label: "rakuten-sync.test.smaregi") { _ in SwiftLogNoOpLogHandler() }
    )
}

/// Runs `body` against a live sandbox whose default contract has its rate limits off.
func withSmaregiServer<T: Sendable>(_ body: (SandboxServer) async throws -> T) async throws -> T {
    try await withSandboxServer { server in
        let reply = try await server.control(
            .put,
            "/_sandbox/smaregi/contracts/sb_sandbox01/settings",
            json: #"{"rateLimitEnabled":false}"#
        )
        guard reply.status == 200 else { throw SmaregiClientTestError.unexpected(reply.text) }
        return try await body(server)
    }
}

/// Seeds products 1001 (4900000000011, ¥1100), 1002 (¥2200) and 1003 (8 %, ¥540) in the default contract.
func seedSmaregiProducts(_ server: SandboxServer) async throws {
    let reply = try await server.control(
        .post,
        "/_sandbox/smaregi/contracts/sb_sandbox01/products",
        json: """
            [{"productId":"1001","productCode":"4900000000011","productName":"マグカップ","price":1100},
             {"productId":"1002","productCode":"4900000000028","productName":"Tシャツ","price":2200},
             {"productId":"1003","productCode":"4900000000035","productName":"煎茶","price":540,"reducedTaxRate":true}]
            """
    )
    guard reply.status == 200 else { throw SmaregiClientTestError.unexpected(reply.text) }
}

/// How many token requests the sandbox answered.
func tokenRequestCount(_ server: SandboxServer) async throws -> Int {
    try await server.counters().requestCount { $0.hasPrefix("POST /app/") && $0.hasSuffix("/token") }
}

enum SmaregiClientTestError: Error {
    case unexpected(String)
}
