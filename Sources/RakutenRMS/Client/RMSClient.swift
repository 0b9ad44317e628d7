import CurlTransport
import Foundation
import Logging

/// The RMS WEB SERVICE client of one shop: order API 2.0, InventoryAPI 2.0, ItemAPI 2.0 and the license expiry
/// date (rakuten-rms.md §1–§5). Synchronous: every call blocks on libcurl, so async code must call it through a
/// thread pool.
///
/// Every request carries `Authorization: ESA Base64(serviceSecret:licenseKey)`, is paced per API family
/// (order API 1 req/s, inventory upsert and single-variant calls 1 req/s, inventory bulk-get 5 req/s; reference
/// §2) and retried on 429/500/502/503/504/409 and connection failures with backoff. Calls that may add data twice
/// (updateOrderShipping, the async variant, RELATIVE bulk-upsert) are retried only on 429 and 503, never after a
/// timeout or a broken connection. Use one client (and so one pacer) per shop.
package struct RMSClient: Sendable {
    /// The production RMS host.
    package static let defaultBaseURL = "https://api.rms.rakuten.co.jp"

    /// The credentials sent with every call.
    package let credentials: RMSCredentials
    /// Scheme, host and optional port, without a trailing slash (the sandbox's in tests and demos).
    package let baseURL: String
    /// The HTTP client (its pacer spaces the calls of each API family).
    package let http: CurlHTTPClient
    /// The retry policy of idempotent calls; non-idempotent calls narrow it (see the type's summary).
    package let retryPolicy: RetryPolicy
    /// Where requests, retries and failures are logged (never with credentials or query strings).
    package let logger: Logger
    /// Rakuten's time, learnt from the `Date` header of its order-API answers (shared by copies of the client).
    package let serverClock = RMSServerClock()
    /// Receives every request and answer with the key, the secret and the `Authorization` header removed
    /// (`store test --deep` writes them for support); nil in the jobs.
    package var recorder: HTTPExchangeRecorder?

    /// A client for one shop.
    /// - Parameters:
    ///   - baseURL: `https://api.rms.rakuten.co.jp` unless pointing at the sandbox.
    ///   - pacer: defaults to `makePacer()`, 95 % of the documented per-function limits.
    package init(
        credentials: RMSCredentials,
        baseURL: String = RMSClient.defaultBaseURL,
        configuration: HTTPClientConfiguration = HTTPClientConfiguration(),
        retryPolicy: RetryPolicy = RetryPolicy(),
        pacer: RequestPacer = RMSClient.makePacer(),
        logger: Logger
    ) {
        self.credentials = credentials
        var base = baseURL.trimmingCharacters(in: .whitespacesAndNewlines)
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.http = CurlHTTPClient(configuration: configuration, pacer: pacer)
        self.retryPolicy = retryPolicy
        self.logger = logger
    }

    /// The share of each documented limit the default pacer uses: 5 % under it, so jitter in arrival times does not
    /// draw a 429 and its one-second `Retry-After`. Measured against the sandbox's bucket at exactly the limit: 5 of
    /// 17 order calls (受注取得), 9 of 20 (発送済みステータス) and 23 of 73 bulk-upserts (在庫更新) were refused.
    package static let defaultHeadroom = 0.95

    /// A pacer with the documented RMS limits per API family (rakuten-rms.md §2), times `headroom`.
    ///
    /// Rakuten counts the limits per license key, whichever process calls: with `shared`, every process of every
    /// job and admin command that passes the same budget folder and `licenseKey` takes its slots from one budget
    /// per API family (the file names are hashes; the key is never written). The RMS gateway's buckets hold one
    /// request, so each request also waits one interval from the previous one's answer (`spacedFromAnswer`): a
    /// slow answer means the gateway may have counted the request late.
    package static func makePacer(
        headroom: Double = defaultHeadroom,
        shared: SharedBudget? = nil,
        licenseKey: String = ""
    ) -> RequestPacer {
        RequestPacer(
            limits: [
                PacerKey.order: RequestPacer.Limit(requestsPerSecond: 1 * headroom, spacedFromAnswer: true),
                PacerKey.inventoryVariant: RequestPacer.Limit(requestsPerSecond: 1 * headroom, spacedFromAnswer: true),
                PacerKey.inventoryUpsert: RequestPacer.Limit(requestsPerSecond: 1 * headroom, spacedFromAnswer: true),
                PacerKey.inventoryBulkGet: RequestPacer.Limit(requestsPerSecond: 5 * headroom),
                PacerKey.items: RequestPacer.Limit(requestsPerSecond: 1 * headroom, spacedFromAnswer: true),
                PacerKey.license: RequestPacer.Limit(requestsPerSecond: 1 * headroom, spacedFromAnswer: true),
            ],
            shared: shared,
            scope: "rakuten-rms|" + licenseKey
        )
    }

    /// The pacer keys of the RMS API families.
    package enum PacerKey {
        /// RakutenPayOrderAPI (every function): 1 req/s.
        package static let order = "rms.order"
        /// inventories.variants.get: 1 req/s.
        package static let inventoryVariant = "rms.inventory.variant"
        /// inventories.bulk.upsert: 1 req/s.
        package static let inventoryUpsert = "rms.inventory.bulk-upsert"
        /// inventories.bulk.get: 5 req/s.
        package static let inventoryBulkGet = "rms.inventory.bulk-get"
        /// ItemAPI 2.0 (limit undocumented; 1 req/s assumed).
        package static let items = "rms.items"
        /// LicenseManagementAPI (limit undocumented; 1 req/s assumed).
        package static let license = "rms.license"
    }
}
