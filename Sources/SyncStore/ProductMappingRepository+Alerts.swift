import Foundation
import GRDB

/// How the mapping check keeps its alert mail to "new failures and recoveries only" (issue #4).
///
/// The run frame mails a problem unless the `alerts_sent` ledger has it within the de-duplication window
/// (default 24 h), which alone would mail a still-broken mapping again every day and would not mail a mapping
/// that fails again soon after it recovered. The check job therefore, before the frame mails:
/// - refreshes the ledger entries of mappings that were already in error and were mailed, so they stay quiet for
///   as long as they stay broken (`keepQuiet`);
/// - forgets the entries of a mapping whose state changed, so its next failure or recovery is mailed
///   (`forget`).
extension ProductMappingRepository {
    /// Stamps the existing ledger entries for `keys` (code, record key) with `now`; keys never mailed are left
    /// alone, so they are still mailed. One transaction.
    package func keepQuiet(store: String, keys: [(code: String, recordKey: String)], at now: Date) throws {
        guard !keys.isEmpty else { return }
        try database.write("refresh mapping alerts") { db in
            let statement = try db.cachedStatement(
                sql: "UPDATE alerts_sent SET last_sent_at = ? WHERE store_code = ? AND code = ? AND record_key = ?"
            )
            let stamp = StoredDate.text(now)
            for key in keys {
                try statement.execute(arguments: [stamp, store, key.code, key.recordKey])
            }
        }
    }

    /// Deletes the ledger entries for `keys`, so the same code and record are mailed again when they recur.
    package func forget(store: String, keys: [(code: String, recordKey: String)]) throws {
        guard !keys.isEmpty else { return }
        try database.write("forget mapping alerts") { db in
            let statement = try db.cachedStatement(
                sql: "DELETE FROM alerts_sent WHERE store_code = ? AND code = ? AND record_key = ?"
            )
            for key in keys {
                try statement.execute(arguments: [store, key.code, key.recordKey])
            }
        }
    }
}
