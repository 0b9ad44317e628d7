import Foundation
import Logging
import RakutenRMS
import SmaregiAPI
import SyncCore
import SyncStore

/// 受注取得 (`rakuten-sync-orders`, every minute) and 受注指定取得 (`--order`): Rakuten orders into Smaregi
/// 受注管理, exactly once (issue #5, design.md §4–§5).
///
/// Extract (searchOrder, then getOrder in chunks of 100 read on a second thread, each staged to `extracted.jsonl`)
/// → transform each chunk (SyncCore `OrderTransform`, staged to `transformed.jsonl`) → load one order at a time with the ledger written before (`loading`, with the payload
/// hash) and after (`loaded`, with the 受注ID) each 受注登録 → advance the watermark only past what the ledger
/// holds. A `loading` row found at start is resolved by asking Smaregi for the order code before creating again.
package struct OrdersJob {
    /// What one run did.
    package struct Outcome: Sendable, Equatable {
        /// Orders read with getOrder.
        package var read = 0
        /// 受注 created in this run.
        package var created = 0
        /// Interrupted loads found already in Smaregi.
        package var confirmed = 0
        /// Orders now pending / held / skipped.
        package var pending = 0
        package var held = 0
        package var skipped = 0
        /// Loaded orders reported as cancelled or changed after import.
        package var noticed = 0
        /// Ready orders in a dry run.
        package var ready = 0
        /// Rakuten calls.
        package var rakutenCalls = 0
        /// Local work (transform and ledger decisions), excluding remote calls, in seconds.
        package var localSeconds = 0.0
    }

    /// The ledger notice of a cancellation after import.
    static let cancelledNotice = ReportCode.orderCancelledAfterImport.rawValue
    /// The ledger notice of a change after import is the new hash; this marks one was reported.
    static let changedNotice = ReportCode.orderChangedAfterImport.rawValue

    let options: OrdersJobOptions
    let clock: @Sendable () -> Date

    /// A job with `options`.
    package init(options: OrdersJobOptions = OrdersJobOptions(), clock: @escaping @Sendable () -> Date = WallClock.now)
    {
        self.options = options
        self.clock = clock
    }

    /// The job body for the run frame.
    package func run(_ context: inout RunContext) throws(SyncJobsError) {
        _ = try execute(&context)
        // 受注指定取得: a number Rakuten does not know is the operator's typo; it ends the run with exit 64 on the
        // terminal (the other named orders are imported), and is not mailed (RunContext.reportToOperator).
        let unknown = context.rows.filter { $0.reportCode == .orderNotFound }.map(\.rakutenOrderNumber)
        if options.isManual, !unknown.isEmpty {
            let numbers = unknown.joined(separator: ", ")
            throw .invalidInput(
                field: "--order",
                problem: "楽天に注文番号 \(numbers) が見つかりません。番号を確認してください "
                    + "(Rakuten does not know order \(numbers); check the number)"
            )
        }
    }

    /// Runs extract, transform and load for the context's store; returns what happened.
    package func execute(_ context: inout RunContext) throws(SyncJobsError) -> Outcome {
        let store = context.store
        // A run of named orders or a dry run does not see every held order: it cannot tell that one is over.
        if options.isManual || options.dryRun { context.resolvesOpenProblems = false }
        let rounding = TaxRounding(store.taxRounding)
        // Without a Smaregi connection there is nowhere to import to: say so instead of reading Rakuten for nothing
        // (a dry run needs no Smaregi).
        if !options.dryRun, context.skipsWithoutSmaregi() { return Outcome() }
        let ledger = OrderLedger(database: context.database)
        let rakuten = RemoteClients.rakuten(for: store, database: context.database, logger: context.logger)
        let now = clock()
        let extraction = try extract(&context, rakuten: rakuten, ledger: ledger, now: now)
        var outcome = Outcome()
        outcome.rakutenCalls = extraction.calls
        let transform = OrderTransform(
            rounding: rounding,
            resolvers: try MappingResolvers.load(database: context.database, store: context.store.code),
            importableProgress: options.importableProgress
        )
        var loader = try OrdersLoader(
            job: self,
            context: context,
            ledger: ledger,
            needsSmaregi: !options.dryRun
        )

        // getOrder chunks are read on a second thread while the chunks already read are staged, transformed and
        // loaded here, one at a time.
        let reader = OrdersChunkReader(numbers: extraction.wanted, rakuten: rakuten)
        defer { reader.cancel() }  // returns at once when every chunk was consumed
        var readFailure: SyncJobsError?
        var failure: SyncJobsError?
        while let chunk = reader.next() {
            outcome.rakutenCalls += 1
            let response: RMSGetOrderResponse
            switch chunk.result {
            case .success(let answer):
                response = answer
            case .failure(let error):
                readFailure = SyncJobsError(rakuten: error, store: store.code)
                continue
            }
            failure =
                try load(chunk.numbers, response, transform: transform, loader: &loader, &context, &outcome)
                ?? failure
        }
        if let failure, !options.isManual {
            context.logger.warning("loading stopped early: \(failure)")
        }

        // The watermark moves only when every order found is in the ledger: not after a read failure, nor after a
        // ledger write failed (the rows of this run's orders may be missing).
        if !options.isManual, !options.dryRun, readFailure == nil, loader.ledgerFailure == nil,
            let end = extraction.searchEnd
        {
            try SyncJobsError.database("write watermark") {
                try WatermarkRepository(database: context.database).set(
                    Watermark(date: end),
                    job: context.job.rawValue,
                    store: store.code,
                    at: clock()
                )
            }
        }
        context.logCounts = [
            ("read", outcome.read), ("new", outcome.created), ("confirmed", outcome.confirmed),
            ("held", outcome.held), ("pending", outcome.pending), ("changed", outcome.noticed),
        ]
        context.logger.info(
            "受注取得: read \(outcome.read), created \(outcome.created), confirmed \(outcome.confirmed), pending \(outcome.pending), held \(outcome.held), skipped \(outcome.skipped), noticed \(outcome.noticed)\(options.dryRun ? ", dry run ready \(outcome.ready)" : ""); \(outcome.rakutenCalls) Rakuten calls; local work \(Int(outcome.localSeconds * 1000)) ms (\(Self.perOrder(outcome)) ms/order)"
        )
        if let readFailure { throw readFailure }
        if let failure { throw failure }
        return outcome
    }

    /// Local milliseconds per order read, with two decimals.
    static func perOrder(_ outcome: Outcome) -> String {
        guard outcome.read > 0 else { return "-" }
        return String(format: "%.2f", outcome.localSeconds * 1000 / Double(outcome.read))
    }

    /// Stages, transforms and loads one getOrder chunk; returns the failure that stopped loading, if any.
    func load(
        _ numbers: [String],
        _ response: RMSGetOrderResponse,
        transform: OrderTransform,
        loader: inout OrdersLoader,
        _ context: inout RunContext,
        _ outcome: inout Outcome
    ) throws(SyncJobsError) -> SyncJobsError? {
        let line = try context.staging.line(response, for: "extracted.jsonl", encoder: JSONEncoder())
        try context.staging.appendLines([line], to: "extracted.jsonl")
        CrashPoint.reach("extract:done")
        outcome.read += response.orders.count
        let returned = Set(response.orders.map(\.orderNumber))

        let local = Stopwatch()
        let decisions = response.orders.map { model in
            let order = RakutenOrder(rms: model)
            return Decision(order: order, result: transform.transform(order))
        }
        try stage(decisions, in: context)
        outcome.localSeconds += local.seconds

        let load = Stopwatch()
        let remoteBefore = loader.remoteSeconds
        let failure = loader.settle(
            decisions,
            missing: numbers.filter { !returned.contains($0) },
            context: &context,
            outcome: &outcome
        )
        outcome.localSeconds += load.seconds - (loader.remoteSeconds - remoteBefore)
        return failure
    }

    /// Appends the decisions to `transformed.jsonl` (design.md §4.4).
    func stage(_ decisions: [Decision], in context: RunContext) throws(SyncJobsError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var lines: [Data] = []
        lines.reserveCapacity(decisions.count)
        for decision in decisions {
            lines.append(try context.staging.line(StagedDecision(decision), for: "transformed.jsonl", encoder: encoder))
        }
        try context.staging.appendLines(lines, to: "transformed.jsonl")
        CrashPoint.reach("transform:done")
    }
}

extension OrdersJob {
    /// One order and what the transform decided.
    struct Decision {
        var order: RakutenOrder
        var result: OrderTransformResult
    }

    /// A line of `transformed.jsonl`.
    struct StagedDecision: Encodable {
        var orderNumber: String
        var outcome: String
        var codes: [String]
        var draft: SmaregiOrderDraft?

        enum CodingKeys: String, CodingKey {
            case orderNumber, outcome, codes, draft
        }

        init(_ decision: Decision) {
            orderNumber = decision.order.orderNumber
            codes = decision.result.codes
            draft = decision.result.draft
            switch decision.result.outcome {
            case .ready: outcome = "ready"
            case .pending: outcome = "pending"
            case .held: outcome = "held"
            case .skipped: outcome = "skipped"
            }
        }
    }
}
