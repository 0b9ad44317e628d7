import Foundation
import SyncCore
import SyncStore

/// A failure that stops every job of a store, not one record: Rakuten or Smaregi refusing the credentials, or
/// being unavailable (issue #11 §2). It is mailed once for the store, naming the jobs it stops, and its recovery
/// is mailed when the job that raised it works again.
package struct StoreWideProblem: Sendable, Equatable {
    /// What went wrong.
    package enum Kind: Sendable, Equatable {
        /// The service refused the credentials (an expired or renewed license key, a wrong secret).
        case authentication
        /// The service could not be reached or kept failing.
        case unavailable
    }

    /// The remote service concerned.
    package enum Service: String, Sendable, Equatable {
        case rakuten
        case smaregi
    }

    /// What went wrong.
    package let kind: Kind
    /// Which service.
    package let service: Service
    /// The failure as the job saw it (the service's answer), without secrets.
    package let detail: String

    /// The problem class of an authentication failure in `alert_problems`.
    package static let authenticationClass = "STORE_AUTHENTICATION"
    /// The problem class of an outage in `alert_problems`.
    package static let unavailableClass = "STORE_UNAVAILABLE"

    /// A problem with these values (e.g. the Smaregi outage a run saw without failing, `RunContext.smaregiOutage`).
    package init(kind: Kind, service: Service, detail: String) {
        self.kind = kind
        self.service = service
        self.detail = detail
    }

    /// The store-wide problem behind a job failure, or nil when the failure is the job's own (configuration,
    /// disk, a bad command line) or concerns another service (SMTP).
    package init?(_ error: SyncJobsError) {
        let service: String
        switch error {
        case let .authentication(_, name, detail):
            kind = .authentication
            service = name
            self.detail = detail
        case let .remoteUnavailable(_, name, detail):
            kind = .unavailable
            service = name
            self.detail = detail
        default:
            return nil
        }
        switch service {
        case "Rakuten RMS": self.service = .rakuten
        case "Smaregi": self.service = .smaregi
        default: return nil
        }
    }

    /// Its key in `alert_problems`: one open problem per store, kind and service.
    package var key: AlertProblem.Key {
        AlertProblem.Key(
            problemClass: kind == .authentication ? Self.authenticationClass : Self.unavailableClass,
            subject: service.rawValue
        )
    }

    /// The report codes of the failure row the run frame adds for it (mailed as this problem instead).
    package static let failureCodes: Set<ReportCode> = [.authenticationFailed, .remoteUnavailable]

    /// The problem in a few Japanese words, for the subject.
    package var titleJa: String {
        switch (kind, service) {
        case (.authentication, .rakuten): "楽天のライセンスキーが無効です"
        case (.authentication, .smaregi): "スマレジの認証に失敗しました"
        case (.unavailable, .rakuten): "楽天RMSに接続できません"
        case (.unavailable, .smaregi): "スマレジに接続できません"
        }
    }

    /// The problem in a few English words.
    package var titleEn: String {
        switch (kind, service) {
        case (.authentication, .rakuten): "Rakuten RMS refuses the license key"
        case (.authentication, .smaregi): "Smaregi refuses the client credentials"
        case (.unavailable, .rakuten): "Rakuten RMS is unavailable"
        case (.unavailable, .smaregi): "Smaregi is unavailable"
        }
    }

    /// The service's own answer when it refused a key (`HTTP 401, ES01-01 …`), cut out of the failure detail.
    package var serviceAnswer: String? {
        guard let match = detail.firstMatch(of: /authentication refused \(([^)]*)\)/) else { return nil }
        return String(match.1)
    }

    /// The jobs this problem stops: the store's switched-on jobs (they all use the same key and contract), and the
    /// job that hit it.
    package static func stoppedJobs(store: StoreRecord, hitBy job: JobName) -> [JobName] {
        var jobs: [JobName] = []
        if store.ordersEnabled { jobs.append(.orders) }
        if store.stockEnabled { jobs.append(.stock) }
        if store.shippingEnabled { jobs.append(.shipping) }
        if !jobs.contains(job) { jobs.append(job) }
        return jobs
    }
}
