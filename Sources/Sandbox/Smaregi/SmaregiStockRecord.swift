import Foundation

/// One stock row: a (store, product) pair that has moved at least once (smaregi.md §4.3, "no row until the first
/// movement").
struct SmaregiStockRecord: Sendable, Equatable {
    var storeId: Int
    var productId: Int
    var stockAmount: Int
    var layawayStockAmount = 0
    var updDateTime: Date

    /// The `GET /stock` row.
    var posRow: SmaregiJSONWriter.Row {
        [
            ("storeId", String(storeId)), ("productId", String(productId)), ("stockAmount", String(stockAmount)),
            ("layawayStockAmount", String(layawayStockAmount)), ("updDateTime", SmaregiJST.format(updDateTime)),
        ]
    }
}

/// The key of a stock row.
struct SmaregiStockKey: Sendable, Hashable {
    var storeId: Int
    var productId: Int
}

/// One stock-change history entry (在庫変動履歴, smaregi.md §4.3): `stockDivision` `01` 修正, `02` 売上, `03` 仕入,
/// `15` スマレジAPI連携, `18` 受注在庫引当.
struct SmaregiStockChange: Sendable, Equatable {
    var id: Int
    var updDateTime: Date
    var storeId: Int
    var productId: Int
    var amount: Int
    var stockAmount: Int
    var stockDivision: String
    var memo: String?

    /// The row returned by the control API state dump.
    var row: SmaregiJSONWriter.Row {
        [
            ("id", String(id)), ("updDateTime", SmaregiJST.format(updDateTime)), ("storeId", String(storeId)),
            ("productId", String(productId)), ("amount", String(amount)), ("stockAmount", String(stockAmount)),
            ("stockDivision", stockDivision), ("memo", memo),
        ]
    }
}
