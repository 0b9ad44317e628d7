import CurlTransport
import Logging
import RakutenRMS
import SmaregiAPI
import SyncStore

/// Builds the two API clients of a store (the RMS one for every job), and maps their failures to job errors.
enum MappingClients {
    /// The store's RMS client, for every job and admin command: paced at 95 % of the documented per-function limits
    /// (reference §2 and `RMSClient.defaultHeadroom`) from the budget of its license key shared by every process
    /// of the data directory holding `database`.
    static func rakuten(
        _ store: StoreRecord,
        database: SyncDatabase,
        configuration: HTTPClientConfiguration = HTTPClientConfiguration(),
        retryPolicy: RetryPolicy = RetryPolicy(),
        logger: Logger
    ) -> RMSClient {
        RMSClient(
            credentials: RMSCredentials(serviceSecret: store.serviceSecret, licenseKey: store.licenseKey),
            baseURL: store.rakutenAPIURL,
            configuration: configuration,
            retryPolicy: retryPolicy,
            pacer: RMSClient.makePacer(shared: SharedBudgets.store(for: database), licenseKey: store.licenseKey),
            logger: logger
        )
    }

    /// The store's Smaregi client, its token kept in `database` between runs, paced by `pacer` (when nil: the
    /// developer sandbox's limits from the contract's budget shared by every process of the data directory);
    /// throws `configuration` when the Smaregi connection is not set up. Every job builds its Smaregi client here.
    static func smaregi(
        _ store: StoreRecord,
        database: SyncDatabase,
        pacer: RequestPacer? = nil,
        configuration: HTTPClientConfiguration = HTTPClientConfiguration(),
        retryPolicy: RetryPolicy = RetryPolicy(),
        logger: Logger
    ) throws(SyncJobsError) -> SmaregiClient {
        guard !store.smaregiContractID.isEmpty, !store.smaregiClientID.isEmpty, !store.smaregiClientSecret.isEmpty
        else {
            throw .configuration(
                store: store.code,
                problem:
                    "スマレジ連携情報(契約ID・client id・secret)が未設定です。`rakuten-sync smaregi set --store \(store.code)` "
                    + "で設定してください (the Smaregi connection is not set up)"
            )
        }
        return SmaregiClient(
            credentials: SmaregiCredentials(
                contractId: store.smaregiContractID,
                clientId: store.smaregiClientID,
                clientSecret: store.smaregiClientSecret
            ),
            tokenBaseURL: store.smaregiTokenURL,
            apiBaseURL: store.smaregiAPIURL,
            configuration: configuration,
            retryPolicy: retryPolicy,
            pacer: pacer
                ?? SmaregiClient.makePacer(
                    contractId: store.smaregiContractID,
                    shared: SharedBudgets.store(for: database)
                ),
            tokenStore: SmaregiTokenDatabaseStore(database: database, store: store.code, logger: logger),
            logger: logger
        )
    }

    /// The job error for an RMS failure: temporary → `remoteUnavailable` (exit 75), refused → `authentication`.
    static func jobError(_ error: RakutenRMSError, store: String) -> SyncJobsError {
        if error.isAuthenticationFailure {
            return .authentication(store: store, service: "Rakuten RMS", detail: "\(error)")
        }
        if error.isTemporary {
            return .remoteUnavailable(store: store, service: "Rakuten RMS", detail: "\(error)")
        }
        switch error {
        case .transport, .unexpectedResponse, .decoding:
            // An answer that cannot be read (a proxy's error page, a truncated body) is the service's problem:
            // nothing was recorded from it, and the next run asks again.
            return .remoteUnavailable(store: store, service: "Rakuten RMS", detail: "\(error)")
        default:
            return .configuration(store: store, problem: "Rakuten RMS: \(error)")
        }
    }

    /// The job error for a Smaregi failure.
    static func jobError(_ error: any Error, store: String) -> SyncJobsError {
        guard let error = error as? SmaregiAPIError else {
            return .remoteUnavailable(store: store, service: "Smaregi", detail: "\(error)")
        }
        if case .authenticationFailed = error {
            return .authentication(store: store, service: "Smaregi", detail: "\(error)")
        }
        switch error {
        case _ where error.isTemporary, .invalidResponse, .invalidValue:
            // Temporary, or an answer that cannot be read: nothing was recorded from it, the next run asks again.
            return .remoteUnavailable(store: store, service: "Smaregi", detail: "\(error)")
        default:
            return .configuration(store: store, problem: "Smaregi: \(error)")
        }
    }
}
