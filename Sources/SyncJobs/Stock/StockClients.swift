import CurlTransport
import Logging
import RakutenRMS
import SyncStore

/// The RMS client of the stock job.
enum StockClients {
    /// bulk-upsert calls per second the job paces itself to: a little under RMS's 1 call/s (reference §2), so a
    /// call that leaves the pacer exactly one second after the previous one never reaches RMS a hair early and
    /// costs a 429 plus a `Retry-After: 1` second (measured: 23 of 73 calls refused at exactly 1.0/s).
    static let upsertsPerSecond = 0.95

    /// The store's RMS client with the documented limits, bulk-upsert paced at `upsertsPerSecond`.
    static func rakuten(_ store: StoreRecord, logger: Logger) -> RMSClient {
        RMSClient(
            credentials: RMSCredentials(serviceSecret: store.serviceSecret, licenseKey: store.licenseKey),
            baseURL: store.rakutenAPIURL,
            pacer: RequestPacer(limits: [
                RMSClient.PacerKey.order: RequestPacer.Limit(requestsPerSecond: 1),
                RMSClient.PacerKey.inventoryVariant: RequestPacer.Limit(requestsPerSecond: 1),
                RMSClient.PacerKey.inventoryUpsert: RequestPacer.Limit(requestsPerSecond: upsertsPerSecond),
                RMSClient.PacerKey.inventoryBulkGet: RequestPacer.Limit(requestsPerSecond: 5),
                RMSClient.PacerKey.items: RequestPacer.Limit(requestsPerSecond: 1),
                RMSClient.PacerKey.license: RequestPacer.Limit(requestsPerSecond: 1),
            ]),
            logger: logger
        )
    }
}
