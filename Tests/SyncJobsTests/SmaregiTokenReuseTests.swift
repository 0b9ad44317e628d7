import Foundation
import HTTPTypes
import Logging
import SmaregiAPI
import SyncJobs
import SyncStore
import TestSupport
import Testing

/// The Smaregi token kept in the database between processes (issue #6: an idle run makes at most two remote calls).
struct SmaregiTokenReuseTests {
    @Test func aSecondClientReusesTheStoredTokenInsteadOfAskingTheIdPAgain() async throws {
        try await withSandboxServer { sandbox in
            // Given a store pointing at the sandbox
            let fixture = try MappingCheckSandbox(sandbox: sandbox)
            let admin = PaymentMappingAdmin(database: fixture.database, logger: Logger(label: "test.token"))

            // When two separate clients (as two job processes would) read Smaregi
            _ = try await runBlocking { try admin.sync(store: "main") }
            _ = try await runBlocking { try admin.sync(store: "main") }

            // Then only the first asked for a token, and the database holds it under a key without the secret
            #expect(try await Self.tokenRequests(sandbox) == 1)
            let key = Self.key(fixture)
            #expect(try SmaregiTokenRepository(database: fixture.database).token(store: "main", key: key) != nil)
            #expect(key.contains("sb_sandbox01") && !key.contains("sandbox-client-secret"))
        }
    }

    @Test func aStoredTokenTheIdPNoLongerKnowsIsReplacedAfterOne401() async throws {
        try await withSandboxServer { sandbox in
            // Given a stored token the sandbox never issued (revoked, or issued by a sandbox since restarted)
            let fixture = try MappingCheckSandbox(sandbox: sandbox)
            let admin = PaymentMappingAdmin(database: fixture.database, logger: Logger(label: "test.token"))
            _ = try await runBlocking { try admin.sync(store: "main") }
            let key = Self.key(fixture)
            try SmaregiTokenRepository(database: fixture.database).save(
                store: "main",
                key: key,
                accessToken: "revoked-token",
                expiresAt: Date().addingTimeInterval(3000),
                at: Date()
            )

            // When a new client reads Smaregi
            let methods = try await runBlocking { try admin.sync(store: "main") }

            // Then the read succeeded with a fresh token, which replaced the stale one in the database
            #expect(!methods.isEmpty)
            #expect(try await Self.tokenRequests(sandbox) == 2)
            let stored = try SmaregiTokenRepository(database: fixture.database).token(store: "main", key: key)
            #expect(stored != nil && stored?.accessToken != "revoked-token")
        }
    }

    static func tokenRequests(_ sandbox: SandboxServer) async throws -> Int {
        try await sandbox.counters().requestCount { $0.hasSuffix("/token") }
    }

    /// The key the jobs' client stores the token under.
    static func key(_ fixture: MappingCheckSandbox) -> String {
        SmaregiClient.tokenKey(
            SmaregiCredentials(
                contractId: fixture.store.smaregiContractID,
                clientId: fixture.store.smaregiClientID,
                clientSecret: fixture.store.smaregiClientSecret
            ),
            tokenBaseURL: fixture.store.smaregiTokenURL
        )
    }
}
