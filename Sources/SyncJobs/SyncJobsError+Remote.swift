import RakutenRMS
import SmaregiAPI

extension SyncJobsError {
    /// The job error for an RMS failure: temporary or unreadable → `remoteUnavailable` (exit 75), refused →
    /// `authentication`, anything else → `configuration`.
    init(rakuten error: RakutenRMSError, store: String) {
        if error.isAuthenticationFailure {
            // Whatever the form (401 ES01-01 or GA0001 in either envelope, or any 401 body), the merchant reads
            // what happened: the key expired or was refused.
            self = .authentication(
                store: store,
                service: "Rakuten RMS",
                // English only: the report's message_ja says it in Japanese (FailureRow).
                detail:
                    "Rakuten RMS refused the license key: it has expired (every 90 days), was renewed in RMS, is wrong, "
                    + "or the API is not enabled; enter the current key with "
                    + "`rakuten-sync store set \(store) --renew-license-key`: \(error)"
            )
            return
        }
        if error.isTemporary {
            self = .remoteUnavailable(store: store, service: "Rakuten RMS", detail: "\(error)")
            return
        }
        switch error {
        case .transport, .unexpectedResponse, .decoding:
            // An answer that cannot be read (a proxy's error page, a truncated body) is the service's problem:
            // nothing was recorded from it, and the next run asks again.
            self = .remoteUnavailable(store: store, service: "Rakuten RMS", detail: "\(error)")
        default:
            self = .configuration(store: store, problem: "Rakuten RMS: \(error)")
        }
    }

    /// The job error for a Smaregi failure (`error` is what a `SmaregiClient` call threw; anything but a
    /// `SmaregiAPIError` counts as Smaregi being unavailable): refused → `authentication`, temporary or unreadable →
    /// `remoteUnavailable` (exit 75), anything else → `configuration`.
    init(smaregi error: any Error, store: String) {
        guard let error = error as? SmaregiAPIError else {
            self = .remoteUnavailable(store: store, service: "Smaregi", detail: "\(error)")
            return
        }
        if case .authenticationFailed = error {
            self = .authentication(store: store, service: "Smaregi", detail: "\(error)")
            return
        }
        switch error {
        case _ where error.isTemporary, .invalidResponse, .invalidValue:
            // Temporary, or an answer that cannot be read: nothing was recorded from it, the next run asks again.
            self = .remoteUnavailable(store: store, service: "Smaregi", detail: "\(error)")
        default:
            self = .configuration(store: store, problem: "Smaregi: \(error)")
        }
    }
}
