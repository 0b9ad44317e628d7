/// Identifies "the same problem on the same record" in the alert ledger: an error code and a record key.
package struct AlertKey: Sendable, Hashable {
    /// The report's stable error code, e.g. `UNMAPPED_SKU`.
    package var code: String
    /// The record it concerns, e.g. a Rakuten order number or SKU (SyncCore's `ReportRow.alertKey` fits).
    package var recordKey: String

    /// A key with these parts.
    package init(code: String, recordKey: String) {
        self.code = code
        self.recordKey = recordKey
    }
}
