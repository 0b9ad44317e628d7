import CurlTransport
import Foundation
import Logging

/// The Smaregi Platform API client of one contract: client-credentials token, POS stores / products / stock /
/// payment methods / tax rates, and 受注管理 orders (smaregi.md §1–§5). Synchronous: every call blocks on libcurl,
/// so async code must call it through a thread pool.
///
/// The token is cached and renewed 60 s before it expires (and once after a 401). Reads are paced at 10/s and writes
/// at 4/s per contract (§3.1, the sandbox numbers; production allows more) and retried on 429/5xx with backoff that
/// honours `Retry-After`; writes that could land twice (受注登録, cancellation) are retried only on 429.
package struct SmaregiClient: Sendable {
    /// The production IdP host (`https://id.smaregi.dev` on the developer sandbox).
    package static let defaultTokenBaseURL = "https://id.smaregi.jp"
    /// The production API host (`https://api.smaregi.dev` on the developer sandbox).
    package static let defaultAPIBaseURL = "https://api.smaregi.jp"
    /// Renew the token when it has less than this many seconds left.
    package static let tokenRenewalMargin: TimeInterval = 60

    /// Contract, client ID, secret and scopes.
    package let credentials: SmaregiCredentials
    /// Scheme, host and port of the IdP, no trailing slash.
    package let tokenBaseURL: String
    /// Scheme, host and port of the API, no trailing slash.
    package let apiBaseURL: String
    /// The HTTP client (its pacer spaces reads and writes of this contract).
    package let http: CurlHTTPClient
    /// Retry policy of reads and idempotent writes.
    package let retryPolicy: RetryPolicy
    /// Where requests and failures are logged (never with tokens, secrets or query strings).
    package let logger: Logger
    /// Receives every request and answer with the client secret, tokens and `Authorization` removed
    /// (`store test --deep` writes them for support); nil in the jobs.
    package var recorder: HTTPExchangeRecorder?
    let tokenCache: SmaregiTokenCache
    let now: @Sendable () -> Date

    /// A client for one contract.
    /// - Parameters:
    ///   - tokenBaseURL: `https://id.smaregi.jp` unless pointing at the developer sandbox or the local sandbox.
    ///   - apiBaseURL: `https://api.smaregi.jp` likewise.
    ///   - pacer: defaults to `makePacer(contractId:)`.
    ///   - tokenStore: keeps the access token between processes (the jobs' database); nil = memory only.
    package init(
        credentials: SmaregiCredentials,
        tokenBaseURL: String = SmaregiClient.defaultTokenBaseURL,
        apiBaseURL: String = SmaregiClient.defaultAPIBaseURL,
        configuration: HTTPClientConfiguration = HTTPClientConfiguration(),
        retryPolicy: RetryPolicy = RetryPolicy(),
        pacer: RequestPacer? = nil,
        tokenStore: (any SmaregiTokenStore)? = nil,
        logger: Logger,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.credentials = credentials
        self.tokenBaseURL = Self.trimmed(tokenBaseURL)
        self.apiBaseURL = Self.trimmed(apiBaseURL)
        self.http = CurlHTTPClient(
            configuration: configuration,
            pacer: pacer ?? Self.makePacer(contractId: credentials.contractId)
        )
        self.retryPolicy = retryPolicy
        self.logger = logger
        self.now = now
        self.tokenCache = SmaregiTokenCache(
            key: Self.tokenKey(credentials, tokenBaseURL: self.tokenBaseURL),
            store: tokenStore
        )
    }

    /// The key a stored token is kept under: IdP, contract, client ID and scopes (not the secret). A token issued
    /// for another contract, app or scope set is never reused.
    package static func tokenKey(_ credentials: SmaregiCredentials, tokenBaseURL: String) -> String {
        [
            tokenBaseURL, credentials.contractId, credentials.clientId,
            credentials.scopes.sorted().joined(separator: " "),
        ]
        .joined(separator: "|")
    }

    /// A pacer with 10 reads/s and 4 writes/s for `contractId` (smaregi.md §3.1, sandbox limits).
    ///
    /// Smaregi counts the limits per contract (every store of it): with `shared`, every process that passes the
    /// same budget folder takes its slots from one read and one write budget per 契約ID.
    package static func makePacer(
        contractId: String,
        readsPerSecond: Double = 10,
        writesPerSecond: Double = 4,
        shared: SharedBudget? = nil
    ) -> RequestPacer {
        RequestPacer(
            limits: [
                PacerKey.read(contractId): RequestPacer.Limit(requestsPerSecond: readsPerSecond),
                PacerKey.write(contractId): RequestPacer.Limit(requestsPerSecond: writesPerSecond),
            ],
            shared: shared,
            scope: "smaregi"
        )
    }

    /// Pacer keys: one budget for reads and one for writes per contract.
    package enum PacerKey {
        /// GET requests of a contract.
        package static func read(_ contractId: String) -> String { "smaregi.\(contractId).read" }
        /// POST/PUT/PATCH/DELETE requests of a contract (the token request included).
        package static func write(_ contractId: String) -> String { "smaregi.\(contractId).write" }
    }

    private static func trimmed(_ url: String) -> String {
        var base = url.trimmingCharacters(in: .whitespacesAndNewlines)
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }
}
