import Foundation
import SmaregiAPI
import SyncCore

/// The stock job's staging lines (design.md §4.4), built by `JSONEncoder` (never by string interpolation, so a
/// manage number holding a quote or a backslash still makes valid JSON).
enum StockStagingLine {
    /// An `extracted.jsonl` line: a Smaregi stock row as read.
    struct Row: Encodable {
        var productId: Int
        var storeId: Int
        var amount: Int

        enum CodingKeys: String, CodingKey {
            case productId, storeId, amount
        }
    }

    /// A `transformed.jsonl` line: one SKU to push.
    struct Push: Encodable {
        var manageNumber: String
        var variantId: String
        var productId: Int
        var quantity: Int
        var smaregiStock: Int
        var pending: Int

        enum CodingKeys: String, CodingKey {
            case manageNumber, variantId, productId, quantity, smaregiStock, pending
        }
    }

    /// The `extracted.jsonl` lines of `rows`.
    static func rows(_ rows: [SmaregiStock], in staging: StagingArea) throws(SyncJobsError) -> [Data] {
        let encoder = JSONEncoder()
        var lines: [Data] = []
        lines.reserveCapacity(rows.count)
        for row in rows {
            let line = Row(productId: row.productId, storeId: row.storeId, amount: row.amount)
            lines.append(try staging.line(line, for: "extracted.jsonl", encoder: encoder))
        }
        return lines
    }

    /// The `transformed.jsonl` lines of `pushes`.
    static func pushes(_ pushes: [StockPush], in staging: StagingArea) throws(SyncJobsError) -> [Data] {
        let encoder = JSONEncoder()
        var lines: [Data] = []
        lines.reserveCapacity(pushes.count)
        for push in pushes {
            let line = Push(
                manageNumber: push.manageNumber,
                variantId: push.variantId,
                productId: push.productId,
                quantity: push.quantity,
                smaregiStock: push.smaregiStock,
                pending: push.pending
            )
            lines.append(try staging.line(line, for: "transformed.jsonl", encoder: encoder))
        }
        return lines
    }
}
