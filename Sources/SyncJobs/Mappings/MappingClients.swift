import CurlTransport
import Foundation
import Logging
import RakutenRMS
import SmaregiAPI
import SyncStore

/// Builds the two API clients of a store (the RMS one for every job), and maps their failures to job errors.
enum MappingClients {
    /// The store's RMS client, for every job and admin command: paced at 95 % of the documented per-function limits
    /// (rakuten-rms.md §2 and `RMSClient.defaultHeadroom`) from the budget of its license key shared by every process
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
            pacer: RMSClient.makePacer(
                headroom: RMSClient.defaultHeadroom * rakutenPacingScale(),
                shared: SharedBudgets.store(for: database),
                licenseKey: store.licenseKey
            ),
            logger: logger
        )
    }

    /// The environment variable that multiplies the RMS pacing, for tests and demos against the sandbox with its
    /// rate limits off (e.g. `50`); never set it against the real RMS, whose limits are 1 req/s (rakuten-rms.md §2).
    static let rakutenPacingScaleVariable = "RAKUTEN_SYNC_RMS_PACING_SCALE"

    /// The pacing factor from `RAKUTEN_SYNC_RMS_PACING_SCALE`: 1 unless a number ≥ 1 is set.
    static func rakutenPacingScale(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Double {
        guard let text = environment[rakutenPacingScaleVariable], let scale = Double(text), scale >= 1 else { return 1 }
        return scale
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
            // Whatever the form (401 ES01-01 or GA0001 in either envelope, or any 401 body), the merchant reads
            // what happened: the key expired or was refused.
            return .authentication(
                store: store,
                service: "Rakuten RMS",
                // English only: the report's message_ja says it in Japanese (FailureRow).
                detail:
                    "Rakuten RMS refused the license key: it has expired (every 90 days), was renewed in RMS, is wrong, "
                    + "or the API is not enabled; enter the current key with "
                    + "`rakuten-sync store set \(store) --renew-license-key`: \(error)"
            )
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
