import Foundation

/// A store of a contract. POS stores (通常店舗 / 倉庫) and 受注店舗 share one ID space; POS `/stores` lists only the
/// first two and order-shipment `/stores/{id}` only the last (smaregi.md §4.1, §5 getstoresstoreid).
struct SmaregiStoreRecord: Sendable, Equatable {
    /// What kind of store this is.
    enum Kind: String, Sendable, Equatable, Codable {
        /// 通常店舗 (division "1").
        case normal
        /// 倉庫 (division "2").
        case warehouse
        /// 受注店舗 (order-shipment only).
        case order
    }

    var storeId: Int
    var storeCode: String
    var storeName: String
    var storeAbbr: String?
    var kind: Kind
    /// For a 受注店舗: the POS store whose stock a new 受注 allocates (受注在庫引当, sandbox assumption).
    var stockStoreId: Int?
    /// For a 受注店舗: the payment method used for points when Smaregi makes a 取引.
    var pointPaymentMethodId: Int?
    var pauseFlag = false
    var displaySequence: Int
    var insDateTime: Date
    var updDateTime: Date

    /// The POS `GET /stores` row (all strings, smaregi.md §4.1).
    var posRow: SmaregiJSONWriter.Row {
        [
            ("storeId", String(storeId)), ("storeCode", storeCode), ("storeName", storeName),
            ("storeAbbr", storeAbbr), ("printReceiptStoreName", storeName),
            ("division", kind == .warehouse ? "2" : "1"), ("postCode", nil), ("address", nil), ("phoneNumber", nil),
            ("faxNumber", nil), ("mailAddress", nil), ("homepage", nil), ("tempTranMailAddress", nil),
            ("priceChangeFlag", "1"), ("sellDivision", "0"), ("sumProcDivision", "1"), ("sumDateChangeTime", "0000"),
            ("sumRefColumn", "0"), ("pointNotApplicable", "0"), ("taxFreeDivision", "0"),
            ("maxBundleProductCount", "999"),
            ("maxDiscountRate", "100"), ("carriageDisplayFlag", "0"), ("terminalAdjustmentCashFlag", "0"),
            ("terminalCheckCashFlag", "0"), ("roundingDivision", "00"), ("discountRoundingDivision", "1"),
            ("taxLabelNormal", "※"), ("taxLabelReduce", "軽"),
            ("pauseFlag", pauseFlag ? "1" : "0"), ("displaySequence", String(displaySequence)),
            ("insDateTime", SmaregiJST.format(insDateTime)), ("updDateTime", SmaregiJST.format(updDateTime)),
        ]
    }

    /// The order-shipment `GET /stores/{id}` object: IDs as strings, the rest real JSON types (§5), plus the store
    /// its 受注 allocate stock from as `stockStoreId` unless `withStockStore` is false (the documented shape has no
    /// such field: [A-SMR-40]).
    func orderShipmentValue(withStockStore: Bool) -> SmaregiJSONWriter.Value {
        var fields: [(String, SmaregiJSONWriter.Value)] = [
            ("storeId", .string(String(storeId))), ("storeCode", .string(storeCode)), ("storeName", .string(storeName)),
            ("storeAbbr", storeAbbr.map(SmaregiJSONWriter.Value.string) ?? .null),
            ("sellDivision", .string("included")), ("sumDateChangeTime", .string("23:59")),
            ("displaySequence", .int(displaySequence)), ("pauseFlag", .bool(pauseFlag)),
            ("pointPaymentMethodId", pointPaymentMethodId.map { .string(String($0)) } ?? .null),
        ]
        if withStockStore { fields.append(("stockStoreId", stockStoreId.map { .string(String($0)) } ?? .null)) }
        return .object(fields)
    }
}
