import CurlTransport
import Foundation
import Logging
import RakutenRMS
import SmaregiAPI
import SyncCore
import SyncStore

/// 発送済みステータス (`rakuten-sync-shipping`, every minute): shipped Smaregi 受注 reported to Rakuten with the
/// carrier and tracking number, exactly once (issue #7, design.md §4–§5).
///
/// Resume (`sending` rows: collect async results, else getOrder and look for the tracking number) → extract
/// (受注 updated since the watermark minus the overlap, only those the order ledger loaded; staged to
/// `extracted.jsonl`) → transform (SyncCore `ShippingTransform`, staged to `transformed.jsonl`) → load
/// (updateOrderShipping per order, or updateOrderShippingAsync for a burst) with the shipment ledger written
/// before (`sending`) and after (`reported` with the shippingDetailId) each call → advance the watermark.
package struct ShippingJob {
    /// What one run did.
    package struct Outcome: Sendable, Equatable {
        /// 受注 with shipments read from Smaregi that this system imported.
        package var read = 0
        /// Shipments Rakuten took in this run.
        package var reported = 0
        /// Interrupted reports found already on Rakuten.
        package var confirmed = 0
        /// Shipments Rakuten refused.
        package var failed = 0
        /// Shipments left for manual report.
        package var manual = 0
        /// Shipments still pending or waiting for an async result.
        package var waiting = 0
        /// Rakuten calls.
        package var rakutenCalls = 0
        /// Whether the async API was used.
        package var usedAsync = false
    }

    let options: ShippingJobOptions
    let clock: @Sendable () -> Date

    /// A job with `options`.
    package init(
        options: ShippingJobOptions = ShippingJobOptions(),
        clock: @escaping @Sendable () -> Date = WallClock.now
    ) {
        self.options = options
        self.clock = clock
    }

    /// The job body for the run frame.
    package func run(_ context: inout RunContext) throws(SyncJobsError) {
        _ = try execute(&context)
    }

    /// Runs resume, extract, transform and load for the context's store; returns what happened.
    package func execute(_ context: inout RunContext) throws(SyncJobsError) -> Outcome {
        let store = context.store
        if context.skipsWithoutSmaregi() { return Outcome() }
        let smaregi = try RemoteClients.smaregi(
            for: store,
            database: context.database,
            rates: .contractLimits(writesPerSecond: nil),
            logger: context.logger
        )
        let rakuten = RemoteClients.rakuten(
            for: store,
            database: context.database,
            configuration: RemoteClients.configuration(timeout: options.rakutenTimeout),
            logger: context.logger
        )
        let shipments = ShipmentLedger(database: context.database)
        let now = clock()
        var outcome = Outcome()
        var loader = ShippingLoader(job: self, rakuten: rakuten, ledger: shipments)

        // Resume what a crashed (or async-waiting) run left `sending` before reading anything new.
        var failure: SyncJobsError? = nil
        do {
            try loader.resume(&context, outcome: &outcome)
        } catch {
            if Self.endsRun(error) { throw error }
            failure = error
        }

        let extraction = try extract(&context, smaregi: smaregi, now: now)
        outcome.read = extraction.orders.count
        let carriers = CarrierTable(
            merchant: try SyncJobsError.database("read carrier mappings") {
                try ShipmentCarrierRepository(database: context.database).all(store: store.code)
            }
        )
        let transform = ShippingTransform(carriers: carriers, now: now)
        try record(extraction.orders, transform: transform, ledger: shipments, context: &context, now: now)

        if failure == nil {
            do {
                try loader.load(&context, outcome: &outcome)
            } catch {
                if Self.endsRun(error) { throw error }
                failure = error
            }
        }
        let counts = try SyncJobsError.database("count shipment ledger") {
            try shipments.statusCounts(store: store.code)
        }
        outcome.waiting = (counts[.pending] ?? 0) + (counts[.sending] ?? 0)
        outcome.rakutenCalls = loader.calls

        if let end = extraction.searchEnd {
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
            ("read", outcome.read), ("reported", outcome.reported), ("confirmed", outcome.confirmed),
            ("failed", outcome.failed), ("waiting", outcome.waiting), ("manual", outcome.manual),
        ]
        context.logger.info(
            "発送済みステータス: read \(outcome.read) 受注, reported \(outcome.reported), confirmed \(outcome.confirmed), failed \(outcome.failed), manual \(outcome.manual), waiting \(outcome.waiting)\(outcome.usedAsync ? " (async)" : ""); \(outcome.rakutenCalls) Rakuten calls"
        )
        if let failure { throw failure }
        return outcome
    }

    /// Transforms the orders and writes a ledger row for every shipment not seen before (report rows are
    /// written once, with the row); stages the plans to `transformed.jsonl`.
    func record(
        _ orders: [ShippedOrder],
        transform: ShippingTransform,
        ledger: ShipmentLedger,
        context: inout RunContext,
        now: Date
    ) throws(SyncJobsError) {
        let store = context.store.code
        let keys = orders.flatMap { order in
            order.shipments.map { ShipmentKey(smaregiOrderID: order.smaregiOrderID, smaregiShipmentID: $0.id) }
        }
        let known = try SyncJobsError.database("read shipment ledger") { try ledger.records(store: store, keys: keys) }
        var fresh: [ShipmentRecord] = []
        var staged: [Data] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for order in orders {
            let newShipments = order.shipments.filter {
                known[ShipmentKey(smaregiOrderID: order.smaregiOrderID, smaregiShipmentID: $0.id)] == nil
            }
            guard !newShipments.isEmpty else { continue }
            var newOrder = order
            newOrder.shipments = newShipments
            let result = transform.transform(newOrder)
            for row in result.rows { context.report(row) }
            for plan in result.plans {
                var record = ShipmentRecord(
                    storeCode: store,
                    orderNumber: order.orderNumber,
                    smaregiOrderID: order.smaregiOrderID,
                    smaregiShipmentID: plan.shipmentID,
                    destinationNumber: plan.destinationNumber,
                    basketId: plan.basketId,
                    status: .pending,
                    carrierName: plan.carrierName,
                    deliveryCompany: plan.deliveryCompany,
                    trackingNumber: plan.trackingNumber,
                    shipDate: plan.shippingDate,
                    createdAt: now,
                    updatedAt: now
                )
                if case .manual(let code) = plan.action {
                    record.status = .manual
                    record.reasonCode = code.rawValue
                }
                fresh.append(record)
                staged.append(
                    try context.staging.line(StagedShipment(record), for: "transformed.jsonl", encoder: encoder)
                )
            }
        }
        try context.staging.writeLines(staged, to: "transformed.jsonl")
        try SyncJobsError.database("write shipment ledger") { try ledger.save(fresh) }
        context.counts.processed += fresh.count
        CrashPoint.reach("transform:done")
    }
}

extension ShippingJob {
    /// Errors that end the run at once (credentials, configuration, the database) rather than after recording
    /// what was done; a remote service that is unavailable is retried by the next run.
    static func endsRun(_ error: SyncJobsError) -> Bool {
        switch error {
        case .authentication, .configuration, .database, .fileSystem, .unknownStore: true
        case .remoteUnavailable, .invalidInput, .refused: false
        }
    }
}
