import SyncStore

/// The ledger as the loader writes it: rows around a 受注登録 are written at once (`write`), other decisions
/// are kept and written together at the end of the run (`keep` / `flush`), one transaction for the batch. A dry
/// run writes nothing.
struct OrdersLedgerWriter {
    let ledger: OrderLedger
    let dryRun: Bool
    private var batch: [OrderLedgerRecord] = []

    init(ledger: OrderLedger, dryRun: Bool) {
        self.ledger = ledger
        self.dryRun = dryRun
    }

    /// Writes `record` now (before and after a 受注登録).
    func write(_ record: OrderLedgerRecord) throws(SyncJobsError) {
        guard !dryRun else { return }
        try SyncJobsError.database("write order ledger") { try ledger.save(record) }
    }

    /// Keeps `record` for the end-of-run batch.
    mutating func keep(_ record: OrderLedgerRecord) {
        guard !dryRun else { return }
        batch.append(record)
    }

    /// Writes the kept records.
    mutating func flush() throws(SyncJobsError) {
        guard !dryRun, !batch.isEmpty else { return }
        let records = batch
        try SyncJobsError.database("write order ledger") { try ledger.save(records) }
        batch.removeAll()
    }
}
