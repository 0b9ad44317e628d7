import Foundation

/// One problem an alert mail told (or, for an outage below its threshold, will tell) the merchant about and that is
/// not over yet: a row of `alert_problems` (v8-alert-problems), read for the recovery mail.
///
/// The daily roll-up reads `OpenProblem` (`open_problems`) instead: per job and code, what the job's newest run
/// reports, replaced by every run; see `OpenProblem` for why the two are kept apart.
package struct AlertProblem: Sendable, Equatable {
    /// Identifies a problem the way the merchant sees it: its class and what it concerns.
    package struct Key: Sendable, Hashable {
        /// The problem class: a report code (`UNMAPPED_SKU`) or a store-wide class (`STORE_AUTHENTICATION`).
        package var problemClass: String
        /// What it concerns, e.g. `order 123-20261201-1`, `sku tea/tea` or `rakuten`; never a row id.
        package var subject: String

        /// A key with these parts.
        package init(problemClass: String, subject: String) {
            self.problemClass = problemClass
            self.subject = subject
        }
    }

    /// The store the problem belongs to.
    package var storeCode: String
    /// Class and subject.
    package var key: Key
    /// The job whose later runs decide that the problem is over.
    package var job: String
    /// When a run first saw it.
    package var firstSeenAt: Date
    /// When it was mailed; nil while it is known but not (yet) mailed.
    package var mailedAt: Date?
    /// Its record key in the `alerts_sent` ledger, "" for a store-wide problem.
    package var recordKey: String
    /// What the problem was, in Japanese (for the recovery mail).
    package var messageJa: String
    /// What the problem was, in English.
    package var messageEn: String

    /// A problem with these values.
    package init(
        storeCode: String,
        key: Key,
        job: String,
        firstSeenAt: Date,
        mailedAt: Date? = nil,
        recordKey: String = "",
        messageJa: String,
        messageEn: String
    ) {
        self.storeCode = storeCode
        self.key = key
        self.job = job
        self.firstSeenAt = firstSeenAt
        self.mailedAt = mailedAt
        self.recordKey = recordKey
        self.messageJa = messageJa
        self.messageEn = messageEn
    }
}
