import Foundation
import SmaregiAPI
import SyncCore
import SyncStore

extension OrdersLoader {
    /// What Smaregi says about an order code.
    enum Lookup {
        case found(id: Int)
        case absent
        case unavailable(String)
    }

    /// 受注登録 of one ready order: `loading` with the payload hash first, `loaded` with the 受注ID after (design.md §5).
    ///
    /// A 5xx, a timeout or an unreadable answer may have created the 受注, now or later (the client does not retry a
    /// create after one): the order code is looked up, and when it is not found the row stays `loading` with the
    /// time of the attempt, so a later run looks it up again after `unconfirmedLoadDelay` before creating it. Only
    /// a failure that surely did not reach Smaregi (429, connection refused) is retried at once. A 4xx rejection holds the order with Smaregi's `detail`
    /// (`SMAREGI_REJECTED`); a duplicate order code means an earlier attempt got through, so the 受注 is looked up.
    mutating func load(
        _ draft: SmaregiOrderDraft,
        record: OrderLedgerRecord,
        context: inout RunContext,
        outcome: inout OrdersJob.Outcome
    ) throws(SyncJobsError) {
        let number = draft.orderCode
        guard let smaregi else { return }
        guard let storeID = orderStoreID, storeID > 0 else { throw try configurationFailure(context) }
        var record = record
        let hash = try OrderPayloadHash.of(draft)
        record.status = .loading
        record.payloadHash = hash
        record.seenHash = hash
        record.attempts += 1
        record.reasonCode = ""
        record.reason = ""
        record.updatedAt = job.clock()
        try ledger.write(record)
        CrashPoint.reach("load:before-create:\(number)")

        let request = SmaregiOrderCreateRequest(draft: draft, storeID: storeID)
        var lastDetail = ""
        attempts: for attempt in 1...Self.createAttempts {
            do {
                let call = Stopwatch()
                defer { remoteSeconds += call.seconds }
                let created = try smaregi.createOrder(request)
                CrashPoint.reach("load:after-create:\(number)")
                try finishLoad(&record, id: created.id, context: &context)
                outcome.created += 1
                return
            } catch let error as SmaregiAPIError {
                if case .authenticationFailed = error {
                    throw .authentication(store: storeCode, service: "Smaregi", detail: "\(error)")
                }
                if case .requestFailed(_, let status, _, let detail) = error, !error.isTemporary {
                    if status == 401 || status == 403 {
                        throw .authentication(store: storeCode, service: "Smaregi", detail: "\(error)")
                    }
                    // A refusal may be Smaregi's answer to a 受注 that exists already: whether it refuses a second
                    // order code, and in which words, is not documented (docs/api-assumptions-smaregi.md
                    // [A-SMR-36]), so the answer's text is never read: the order code is looked up, and a 受注 found
                    // is this order's, loaded; only an order Smaregi does not hold is held as refused.
                    if case .found(let id) = try lookUp(number) {
                        try finishLoad(&record, id: id, context: &context)
                        outcome.confirmed += 1
                        return
                    }
                    let text = detail ?? error.description
                    record.status = .held
                    record.reasonCode = ReportCode.smaregiRejected.rawValue
                    record.reason = text
                    record.updatedAt = job.clock()
                    try ledger.write(record)
                    context.report(OrdersJobRows.rejected(number, status: status, detail: text))
                    outcome.held += 1
                    consecutiveFailures = 0
                    return
                }
                lastDetail = error.description
                if error.requestMayHaveReachedServer || !error.isTemporary {
                    // The 受注 may exist now, or later: Smaregi may still be processing a request that timed out.
                    // Found → done; absent → not sent again in this run (the row stays `loading` and a lookup
                    // after `unconfirmedLoadDelay` decides).
                    if case .found(let id) = try lookUp(number) {
                        try finishLoad(&record, id: id, context: &context)
                        outcome.confirmed += 1
                        return
                    }
                    break attempts
                }
            } catch {
                lastDetail = "\(error)"
                break attempts
            }
            if attempt < Self.createAttempts {
                Thread.sleep(forTimeInterval: 0.2 * Double(attempt))
            }
        }
        // Still unsure: the row stays `loading` (updatedAt = now), so a run at least `unconfirmedLoadDelay` later looks
        // the order up before creating it.
        record.reasonCode = ReportCode.smaregiUnavailable.rawValue
        record.reason = lastDetail
        record.updatedAt = job.clock()
        try ledger.write(record)
        context.reportSmaregiOutage(OrdersJobRows.smaregiUnavailable(number, detail: lastDetail))
        try countFailure(lastDetail)
    }

    private mutating func finishLoad(_ record: inout OrderLedgerRecord, id: Int, context: inout RunContext)
        throws(SyncJobsError)
    {
        record.markLoaded(id: id, at: job.clock())
        try ledger.write(record)
        context.counts.succeeded += 1
        consecutiveFailures = 0
    }

    /// Asks Smaregi whether a 受注 with this order code exists (the lowest id when 受注分割 made several).
    mutating func lookUp(_ orderNumber: String) throws(SyncJobsError) -> Lookup {
        guard let smaregi else { return .absent }
        let call = Stopwatch()
        defer { remoteSeconds += call.seconds }
        do {
            let ids = try smaregi.orders(code: orderNumber).filter { $0.code == orderNumber }.map { $0.id }
            guard let id = ids.min() else { return .absent }
            return .found(id: id)
        } catch let error as SmaregiAPIError {
            if case .authenticationFailed = error {
                throw .authentication(store: storeCode, service: "Smaregi", detail: "\(error)")
            }
            return .unavailable(error.description)
        } catch {
            return .unavailable("\(error)")
        }
    }

    /// Counts a temporary Smaregi failure; after several in a row the run stops loading (exit 75).
    mutating func countFailure(_ detail: String) throws(SyncJobsError) {
        consecutiveFailures += 1
        if consecutiveFailures >= Self.maximumConsecutiveFailures {
            throw .remoteUnavailable(store: storeCode, service: "Smaregi", detail: detail)
        }
    }

    private func configurationFailure(_ context: RunContext) throws(SyncJobsError) -> SyncJobsError {
        do {
            _ = try context.store.smaregiOrderStore()
        } catch {
            return error
        }
        return .configuration(store: storeCode, problem: "no Smaregi 受注店舗")
    }
}
