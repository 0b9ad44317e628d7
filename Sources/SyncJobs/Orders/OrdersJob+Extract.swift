import Foundation
import Logging
import RakutenRMS
import SyncCore
import SyncStore

extension OrdersJob {
    /// What the searches found: the order numbers this run reads with getOrder.
    struct Extraction {
        /// Every order number to read, in the order they will be asked for.
        var wanted: [String] = []
        /// Numbers the date search found (they must all be in the ledger before the watermark moves).
        var searched: [String] = []
        /// The end of the searched period, the next watermark.
        var searchEnd: Date?
        /// Rakuten calls made.
        var calls = 0
    }

    /// Finds the orders of this run (issue #5 step 1): the date search from the watermark minus the overlap, the
    /// orders the ledger waits on, loaded orders cancelled or due for a re-read, and what interrupted runs staged;
    /// or exactly the `--order` numbers. getOrder reads them afterwards, chunk by chunk (`OrdersChunkReader`).
    func extract(_ context: inout RunContext, rakuten: RMSClient, ledger: OrderLedger, now: Date)
        throws(SyncJobsError) -> Extraction
    {
        let store = context.store.code
        var extraction = Extraction()
        var wanted: [String] = []
        var seen: Set<String> = []
        func want(_ numbers: [String]) {
            for number in numbers where seen.insert(number).inserted { wanted.append(number) }
        }
        if options.isManual {
            want(options.orderNumbers)
        } else {
            let watermark = try SyncJobsError.database("read watermark") {
                try WatermarkRepository(database: context.database).watermark(job: context.job.rawValue, store: store)
            }
            let start = Self.searchStart(watermark: watermark, options: options, now: now)
            let search: RMSOrderSearch
            do {
                search = try rakuten.searchOrderNumbers(orderDatesFrom: start, hostNow: now)
            } catch {
                throw SyncJobsError(rakuten: error, store: store)
            }
            extraction.calls += search.calls
            extraction.searched = search.numbers
            // Rakuten's time, not the host's: the watermark then never passes orders Rakuten has yet to date.
            extraction.searchEnd = search.end
            Self.reportSearchProblems(search, job: "受注取得 orders", context: &context)
            // Orders the ledger already settled for good (loaded, skipped) are not read again because the overlap
            // found them once more: changes after import come from the rolling re-read and the cancellation search.
            let settled = try SyncJobsError.database("read order ledger") {
                try ledger.records(store: store, orderNumbers: extraction.searched)
            }.filter { $0.value.status == .loaded || $0.value.status == .skipped }
            want(extraction.searched.filter { settled[$0] == nil })
            want(
                try SyncJobsError.database("read waiting orders") {
                    try ledger.orderNumbers(store: store, statuses: [.loading, .pending, .held])
                }
            )
            want(
                try cancelledAfterImport(
                    &context,
                    rakuten: rakuten,
                    ledger: ledger,
                    now: search.end,
                    calls: &extraction.calls
                )
            )
            want(
                try SyncJobsError.database("read orders to re-read") {
                    try ledger.loadedForRecheck(
                        store: store,
                        placedSince: now.addingTimeInterval(-Double(options.recheckDays) * 86_400),
                        limit: options.recheckPerRun
                    )
                }
            )
            want(Self.stagedOrderNumbers(context))
        }

        extraction.wanted = wanted
        return extraction
    }

    /// Where the date search starts: the watermark minus the overlap, else the first-run look-back; never more
    /// than 730 days back (rakuten-rms.md §3.2: searchOrder reaches 730 days).
    static func searchStart(watermark: Watermark?, options: OrdersJobOptions, now: Date) -> Date {
        let oldest = now.addingTimeInterval(-729 * 86_400)
        let start =
            watermark.map { $0.date.addingTimeInterval(-options.overlap) }
            ?? now.addingTimeInterval(-options.firstRunLookBack)
        return min(max(start, oldest), now)
    }

    /// Reports what the date search could not do: one-second windows at the 15,000 cap, and a host clock more
    /// than a minute off Rakuten's (once per run: the first search that shows it).
    static func reportSearchProblems(_ search: RMSOrderSearch, job: String, context: inout RunContext) {
        for window in search.saturatedWindows {
            let second = RMSDateFormat.orderDateTime.string(from: window.lowerBound)
            context.logger.error("searchOrder: the second \(second) holds 15000 orders or more; the rest were not read")
            context.report(OrderSearchReportRows.saturated(second: second, job: job))
        }
        guard let offset = search.clockOffset, abs(offset) > OrderSearchReportRows.clockSkewTolerance,
            !context.rows.contains(where: { $0.reportCode == .hostClockSkew })
        else { return }
        context.logger.warning(
            "the host clock is \(Int(offset)) s off Rakuten's (positive: behind); search windows use Rakuten's time"
        )
        context.report(OrderSearchReportRows.clockSkew(offsetSeconds: Int(offset.rounded()), job: job))
    }

    /// Loaded orders cancelled on Rakuten since the recheck period began that were not reported yet: one search
    /// by 注文日 over the period with progress 800/900 (cheaper than re-reading every loaded order).
    func cancelledAfterImport(
        _ context: inout RunContext,
        rakuten: RMSClient,
        ledger: OrderLedger,
        now: Date,
        calls: inout Int
    ) throws(SyncJobsError) -> [String] {
        guard options.recheckDays > 0 else { return [] }
        let since = now.addingTimeInterval(-Double(options.recheckDays) * 86_400)
        var numbers: [String] = []
        do {
            for window in RMSSearchOrderRequest.dateWindows(from: since, to: now) {
                calls += 1
                numbers += try rakuten.searchAllOrderNumbers(
                    RMSSearchOrderRequest(
                        dateType: .orderDate,
                        startDatetime: window.lowerBound,
                        endDatetime: window.upperBound,
                        orderProgressList: [800, 900]
                    )
                )
            }
        } catch {
            throw SyncJobsError(rakuten: error, store: context.store.code)
        }
        let known = try SyncJobsError.database("read order ledger") {
            try ledger.records(store: context.store.code, orderNumbers: numbers)
        }
        return numbers.filter { number in
            guard let record = known[number] else { return false }
            return record.status == .loaded && !record.notices.contains(OrdersJob.cancelledNotice)
        }
    }

    /// Order numbers an interrupted run of this store had extracted (design.md §4.2: the next run resumes them).
    static func stagedOrderNumbers(_ context: RunContext) -> [String] {
        let parent = URL(fileURLWithPath: context.staging.path).deletingLastPathComponent()
        var numbers: [String] = []
        let decoder = JSONDecoder()
        for dead in context.interruptedRuns {
            let staging = parent.appendingPathComponent(String(dead.id)).appendingPathComponent("extracted.jsonl")
            guard let data = FileManager.default.contents(atPath: staging.path) else { continue }
            for line in data.split(separator: 0x0A) {
                if let response = try? decoder.decode(RMSGetOrderResponse.self, from: Data(line)) {
                    numbers += response.orders.map(\.orderNumber)
                }
            }
        }
        return numbers
    }
}
