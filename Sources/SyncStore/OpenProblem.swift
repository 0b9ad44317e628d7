import Foundation

/// One problem code a job's newest run still reports for a store, with how many rows (`open_problems`), for the
/// daily roll-up.
///
/// Not the same record as `AlertProblem` (`alert_problems`): that is one mailed problem (an order, a SKU, a
/// service) awaiting its recovery mail, kept until a complete, successful run of its job no longer sees it; this is
/// a per-code snapshot of the job's newest run, whatever that run was (failed, `--order`), events included.
package struct OpenProblem: Sendable, Equatable {
    /// The job that reports it.
    package var job: String
    /// The report code, e.g. `SKU_NOT_MAPPED`.
    package var code: String
    /// `error` or `warning`.
    package var severity: String
    /// Rows of the newest run with this code.
    package var count: Int
    /// One of those rows' Japanese message, as an example.
    package var messageJa: String
    /// The same in English.
    package var messageEn: String
    /// The first run that reported it without a run in between that did not.
    package var firstSeenAt: Date
    /// The newest run that reported it.
    package var lastSeenAt: Date

    /// A problem with these values.
    package init(
        job: String,
        code: String,
        severity: String,
        count: Int,
        messageJa: String,
        messageEn: String,
        firstSeenAt: Date,
        lastSeenAt: Date
    ) {
        self.job = job
        self.code = code
        self.severity = severity
        self.count = count
        self.messageJa = messageJa
        self.messageEn = messageEn
        self.firstSeenAt = firstSeenAt
        self.lastSeenAt = lastSeenAt
    }
}
