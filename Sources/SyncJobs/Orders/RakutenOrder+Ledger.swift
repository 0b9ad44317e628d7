import SyncCore
import SyncStore

extension RakutenOrder {
    /// Smaregi destination numbers (1-based) → Rakuten 送付先ID, one per live package with live lines: the same
    /// order the transform gives the 受注's お届け先 (docs/api-assumptions-smaregi.md).
    var ledgerDestinations: [OrderLedgerRecord.Destination] {
        livePackages.filter { !$0.liveLines.isEmpty }.enumerated().map { index, package in
            OrderLedgerRecord.Destination(number: index + 1, basketId: package.basketId)
        }
    }

    /// Units per SKU of the live lines (manageNumber lower-cased like the mappings; a legacy line keeps its
    /// 商品番号 + 子番号 in `itemNumber`).
    var ledgerUnits: [OrderLedgerRecord.Units] {
        liveLines.map { _, line in
            OrderLedgerRecord.Units(
                manageNumber: line.manageNumber.lowercased(),
                variantId: line.variantId ?? "",
                itemNumber: line.variantId == nil ? (line.itemNumber ?? "") : "",
                units: line.units
            )
        }
    }
}
