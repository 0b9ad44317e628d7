import CurlTransport
import Logging
import RakutenRMS
import SmaregiAPI
import SyncStore

/// The Smaregi client of the orders, stock and shipping jobs, at the contract's write budget (the RMS client is
/// `MappingClients.rakuten`, paced just under the documented limits).
enum OrdersClients {
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
