import CurlTransport
import Foundation
import Logging
import RakutenRMS
import SmaregiAPI
import SyncStore

/// Builds the Rakuten RMS and Smaregi clients of a store, for every job and admin command: the one place that
/// chooses their pacing, shared request budgets, token store, retries and timeouts (docs/architecture.md "Shared
/// request budgets"). Failures of the clients become job errors with `SyncJobsError(rakuten:store:)` and
/// `SyncJobsError(smaregi:store:)`.
enum RemoteClients {
    // MARK: Rakuten RMS

    /// The store's RMS client, for every job and admin command: paced at 95 % of the documented per-function limits
    /// (docs/reference/rakuten-rms.md §2 and `RMSClient.defaultHeadroom`, times `rakutenPacingScale()`) from the
    /// budget of its license key shared by every process of the data directory holding `database`.
    static func rakuten(
        for store: StoreRecord,
        database: SyncDatabase,
        configuration: HTTPClientConfiguration = HTTPClientConfiguration(),
        retryPolicy: RetryPolicy = RetryPolicy(),
        logger: Logger
    ) -> RMSClient {
        makeRakuten(
            store,
            pacer: RMSClient.makePacer(
                headroom: RMSClient.defaultHeadroom * rakutenPacingScale(),
                shared: SharedBudgets.store(for: database),
                licenseKey: store.licenseKey
            ),
            configuration: configuration,
            retryPolicy: retryPolicy,
            logger: logger
        )
    }

    /// The store's RMS client for `store test --deep`: paced for this process only, at 95 % of the documented
    /// limits (`RMSClient.makePacer()`), outside the shared budgets and the pacing scale.
    static func rakutenForDeepProbe(
        for store: StoreRecord,
        configuration: HTTPClientConfiguration,
        retryPolicy: RetryPolicy,
        logger: Logger
    ) -> RMSClient {
        makeRakuten(
            store,
            pacer: RMSClient.makePacer(),
            configuration: configuration,
            retryPolicy: retryPolicy,
            logger: logger
        )
    }

    /// The environment variable that multiplies the RMS pacing, for tests and demos against the sandbox with its
    /// rate limits off (e.g. `50`); never set it against the real RMS, whose limits are 1 req/s
    /// (docs/reference/rakuten-rms.md §2).
    static let rakutenPacingScaleVariable = "RAKUTEN_SYNC_RMS_PACING_SCALE"

    /// The pacing factor from `RAKUTEN_SYNC_RMS_PACING_SCALE`: 1 unless a number ≥ 1 is set.
    static func rakutenPacingScale(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Double {
        guard let text = environment[rakutenPacingScaleVariable], let scale = Double(text), scale >= 1 else { return 1 }
        return scale
    }

    /// The HTTP settings of a client whose every request is bounded by `timeout` seconds when given (the jobs'
    /// `--smaregi-timeout-seconds`, `--rakuten-timeout-seconds`), else the defaults (60 s).
    static func configuration(timeout: TimeInterval?) -> HTTPClientConfiguration {
        timeout.map { HTTPClientConfiguration(totalTimeout: .milliseconds(Int($0 * 1000))) }
            ?? HTTPClientConfiguration()
    }

    private static func makeRakuten(
        _ store: StoreRecord,
        pacer: RequestPacer,
        configuration: HTTPClientConfiguration,
        retryPolicy: RetryPolicy,
        logger: Logger
    ) -> RMSClient {
        RMSClient(
            credentials: RMSCredentials(serviceSecret: store.serviceSecret, licenseKey: store.licenseKey),
            baseURL: store.rakutenAPIURL,
            configuration: configuration,
            retryPolicy: retryPolicy,
            pacer: pacer,
            logger: logger
        )
    }

    // MARK: Smaregi

    /// The request rates a Smaregi client keeps to, per 契約ID (docs/reference/smaregi.md §3.1: production 50 reads /
    /// 20 writes per second, the developer sandbox 10 / 4).
    enum SmaregiRates: Equatable {
        /// 10 reads and 4 writes per second (the developer sandbox's limits) whatever the host: the mapping check
        /// and the admin commands, which make few calls.
        case developerSandboxLimits
        /// The limits of the host the store points at (production or developer sandbox), with `writesPerSecond`
        /// instead of its write limit when given: the orders, stock and shipping jobs.
        case contractLimits(writesPerSecond: Double?)
    }

    /// The store's Smaregi client: its token kept in `database` between runs, paced at `rates` from the contract's
    /// budgets shared by every process of the data directory; throws `configuration` when the Smaregi connection is
    /// not set up. Every job and admin command that works with Smaregi builds its client here.
    static func smaregi(
        for store: StoreRecord,
        database: SyncDatabase,
        rates: SmaregiRates = .developerSandboxLimits,
        configuration: HTTPClientConfiguration = HTTPClientConfiguration(),
        retryPolicy: RetryPolicy = RetryPolicy(),
        logger: Logger
    ) throws(SyncJobsError) -> SmaregiClient {
        guard isSmaregiSetUp(store) else {
            throw .configuration(
                store: store.code,
                problem:
                    "スマレジ連携情報(契約ID・client id・secret)が未設定です。`rakuten-sync smaregi set --store \(store.code)` "
                    + "で設定してください (the Smaregi connection is not set up)"
            )
        }
        return makeSmaregi(
            store,
            pacer: smaregiPacer(store, rates: rates, shared: SharedBudgets.store(for: database)),
            tokenStore: SmaregiTokenDatabaseStore(database: database, store: store.code, logger: logger),
            configuration: configuration,
            retryPolicy: retryPolicy,
            logger: logger
        )
    }

    /// The store's Smaregi client for `store test`, its token in memory only (the test asks the IdP for a new one),
    /// at 10 reads / 4 writes per second: from the budgets shared by every process of the data directory holding
    /// `budgetsOf` (the connection check), or for this process only when it is nil (`--deep`). The caller checks
    /// `isSmaregiSetUp` first.
    static func smaregiForStoreTest(
        for store: StoreRecord,
        budgetsOf database: SyncDatabase?,
        configuration: HTTPClientConfiguration,
        retryPolicy: RetryPolicy,
        logger: Logger
    ) -> SmaregiClient {
        makeSmaregi(
            store,
            pacer: smaregiPacer(
                store,
                rates: .developerSandboxLimits,
                shared: database.flatMap(SharedBudgets.store(for:))
            ),
            tokenStore: nil,
            configuration: configuration,
            retryPolicy: retryPolicy,
            logger: logger
        )
    }

    /// Whether the store has its Smaregi 契約ID, client id and client secret.
    static func isSmaregiSetUp(_ store: StoreRecord) -> Bool {
        !store.smaregiContractID.isEmpty && !store.smaregiClientID.isEmpty && !store.smaregiClientSecret.isEmpty
    }

    private static func makeSmaregi(
        _ store: StoreRecord,
        pacer: RequestPacer,
        tokenStore: (any SmaregiTokenStore)?,
        configuration: HTTPClientConfiguration,
        retryPolicy: RetryPolicy,
        logger: Logger
    ) -> SmaregiClient {
        SmaregiClient(
            credentials: SmaregiCredentials(
                contractId: store.smaregiContractID,
                clientId: store.smaregiClientID,
                clientSecret: store.smaregiClientSecret
            ),
            tokenBaseURL: store.smaregiTokenURL,
            apiBaseURL: store.smaregiAPIURL,
            configuration: configuration,
            retryPolicy: retryPolicy,
            pacer: pacer,
            tokenStore: tokenStore,
            logger: logger
        )
    }

    private static func smaregiPacer(_ store: StoreRecord, rates: SmaregiRates, shared: SharedBudget?) -> RequestPacer {
        switch rates {
        case .developerSandboxLimits:
            return SmaregiClient.makePacer(contractId: store.smaregiContractID, shared: shared)
        case .contractLimits(let writesPerSecond):
            // docs/reference/smaregi.md §3.1: production 50 reads / 20 writes per second, the developer sandbox 10/4.
            let isProduction = store.smaregiAPIURL.hasPrefix(SmaregiClient.defaultAPIBaseURL)
            let writes = writesPerSecond ?? (isProduction ? 20 : 4)
            let reads: Double = isProduction ? 50 : 10
            return SmaregiClient.makePacer(
                contractId: store.smaregiContractID,
                readsPerSecond: max(reads, writes),
                writesPerSecond: writes,
                shared: shared
            )
        }
    }
}
