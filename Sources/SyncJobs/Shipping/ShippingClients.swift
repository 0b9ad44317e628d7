import CurlTransport
import Logging
import RakutenRMS
import SyncStore

/// The RMS client of the shipping job.
enum ShippingClients {
    /// Requests per second the job sends to the order API: 5 % under RMS's 1 request/s (reference §2), so network
    /// jitter in arrival times does not draw a 429 and its one-second `Retry-After` (measured: with exact 1.0/s
    /// spacing 9 of 20 calls of a 1,000-order burst were refused and retried).
    static let orderRequestsPerSecond = 0.95

    /// The store's RMS client, paced at `orderRequestsPerSecond` for the order API.
    static func rakuten(_ store: StoreRecord, logger: Logger) -> RMSClient {
        RMSClient(
            credentials: RMSCredentials(serviceSecret: store.serviceSecret, licenseKey: store.licenseKey),
            baseURL: store.rakutenAPIURL,
            pacer: RequestPacer(limits: [
                RMSClient.PacerKey.order: RequestPacer.Limit(requestsPerSecond: orderRequestsPerSecond),
                RMSClient.PacerKey.license: RequestPacer.Limit(requestsPerSecond: 1),
            ]),
            logger: logger
        )
    }
}
