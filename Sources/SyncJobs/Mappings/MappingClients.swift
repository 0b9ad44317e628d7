import CurlTransport
import Logging
import RakutenRMS
import SmaregiAPI
import SyncStore

/// Builds the two API clients of a store (the RMS one for every job), and maps their failures to job errors.
enum MappingClients {
    /// The store's RMS client, for every job (its own pacer: 95 % of the documented per-function limits, reference
    /// §2 and `RMSClient.defaultHeadroom`).
    static func rakuten(
        _ store: StoreRecord,
        configuration: HTTPClientConfiguration = HTTPClientConfiguration(),
        logger: Logger
    ) -> RMSClient {
        RMSClient(
            credentials: RMSCredentials(serviceSecret: store.serviceSecret, licenseKey: store.licenseKey),
            baseURL: store.rakutenAPIURL,
            configuration: configuration,
            logger: logger
        )
    }

    /// The store's Smaregi client, its token kept in `database` between runs, paced by `pacer` (the client's
    /// default, the developer sandbox's limits, when nil); throws `configuration` when the Smaregi connection is
    /// not set up. Every job builds its Smaregi client here.
    static func smaregi(
        _ store: StoreRecord,
        database: SyncDatabase,
        pacer: RequestPacer? = nil,
        configuration: HTTPClientConfiguration = HTTPClientConfiguration(),
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
            pacer: pacer,
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
