import Foundation
import SyncCore
import SyncStore

extension StockPush {
    /// The push ledger row of this push, sent (or seen unchanged) at `at` by run `runID`.
    func record(at date: Date, runID: Int64) -> StockPushRecord {
        StockPushRecord(
            manageNumber: manageNumber,
            variantId: variantId,
            productId: productId,
            quantity: quantity,
            smaregiStock: smaregiStock,
            pending: pending,
            pushedAt: date,
            runID: runID
        )
    }
}
