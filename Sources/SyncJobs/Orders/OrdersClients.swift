import CurlTransport
import Foundation
import Logging
import RakutenRMS
import SmaregiAPI
import SyncStore

/// The Smaregi client of the orders, stock and shipping jobs, at the contract's write budget (the RMS client is
/// `MappingClients.rakuten`, paced just under the documented limits).
enum OrdersClients {
    /// The Smaregi client, its token kept in `database` between runs, paced at the contract's limits (production
    /// or developer sandbox) with `writesPerSecond` when given; throws `configuration` when the connection is not
    /// set up. `timeout` bounds each request (default 60 s).
    static func smaregi(
        _ store: StoreRecord,
        database: SyncDatabase,
        writesPerSecond: Double?,
        timeout: TimeInterval? = nil,
        logger: Logger
    ) throws(SyncJobsError) -> SmaregiClient {
        // smaregi.md §3.1: production 50 reads / 20 writes per second, the developer sandbox 10 / 4.
        let isProduction = store.smaregiAPIURL.hasPrefix(SmaregiClient.defaultAPIBaseURL)
        let writes = writesPerSecond ?? (isProduction ? 20 : 4)
        let reads: Double = isProduction ? 50 : 10
        return try MappingClients.smaregi(
            store,
            database: database,
            pacer: SmaregiClient.makePacer(
                contractId: store.smaregiContractID,
                readsPerSecond: max(reads, writes),
                writesPerSecond: writes,
                shared: SharedBudgets.store(for: database)
            ),
            configuration: timeout.map { HTTPClientConfiguration(totalTimeout: .milliseconds(Int($0 * 1000))) }
                ?? HTTPClientConfiguration(),
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
