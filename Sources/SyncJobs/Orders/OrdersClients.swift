import CurlTransport
import Logging
import RakutenRMS
import SmaregiAPI
import SyncStore

/// The API clients of the orders job: RMS paced just under the order API's limit, Smaregi at the contract's write
/// budget.
enum OrdersClients {
    /// Requests per second sent to the RMS order API: 5 % under its 1 request/s (reference §2), so jitter in
    /// arrival times does not draw a 429 and its one-second `Retry-After` (measured in the 1,000-order benchmark:
    /// at exactly 1.0/s, 5 of 17 calls were refused and retried).
    static let orderRequestsPerSecond = 0.95

    /// The store's RMS client.
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

    /// The Smaregi client, its token kept in `database` between runs; throws `configuration` when the connection
    /// is not set up.
    static func smaregi(_ store: StoreRecord, database: SyncDatabase, writesPerSecond: Double?, logger: Logger)
        throws(SyncJobsError) -> SmaregiClient
    {
        guard !store.smaregiContractID.isEmpty, !store.smaregiClientID.isEmpty, !store.smaregiClientSecret.isEmpty
        else {
            throw .configuration(
                store: store.code,
                problem:
                    "スマレジ連携情報(契約ID・client id・secret)が未設定です。`rakuten-sync smaregi set --store \(store.code)` "
                    + "で設定してください (the Smaregi connection is not set up)"
            )
        }
        // smaregi.md §3.1: production 50 reads / 20 writes per second, the developer sandbox 10 / 4.
        let isProduction = store.smaregiAPIURL.hasPrefix(SmaregiClient.defaultAPIBaseURL)
        let writes = writesPerSecond ?? (isProduction ? 20 : 4)
        let reads: Double = isProduction ? 50 : 10
        return SmaregiClient(
            credentials: SmaregiCredentials(
                contractId: store.smaregiContractID,
                clientId: store.smaregiClientID,
                clientSecret: store.smaregiClientSecret
            ),
            tokenBaseURL: store.smaregiTokenURL,
            apiBaseURL: store.smaregiAPIURL,
            pacer: SmaregiClient.makePacer(
                contractId: store.smaregiContractID,
                readsPerSecond: max(reads, writes),
                writesPerSecond: writes
            ),
            tokenStore: SmaregiTokenDatabaseStore(database: database, store: store.code, logger: logger),
            logger: logger
        )
    }

    /// The 受注店舗 ID 受注 are created in; throws `configuration` when it is not set.
    static func orderStoreID(_ store: StoreRecord) throws(SyncJobsError) -> Int {
        guard let id = Int(store.smaregiOrderStoreID), id > 0 else {
            throw .configuration(
                store: store.code,
                problem:
                    "スマレジの受注店舗が未設定です。`rakuten-sync store set \(store.code) --smaregi-order-store ID` で設定してください "
                    + "(no Smaregi 受注店舗 is set)"
            )
        }
        return id
    }
}
