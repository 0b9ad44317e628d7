/// A 受注店舗 as order-shipment `GET /stores/{id}` returns it: IDs as strings, the rest real JSON types
/// (smaregi.md §5, getstoresstoreid).
package struct SmaregiOrderStoreDTO: Decodable, Sendable, Equatable {
    package var storeId: String?
    package var storeCode: String?
    package var storeName: String?
    package var sellDivision: String?
    package var pauseFlag: Bool?
    package var pointPaymentMethodId: String?
    /// The store whose stock a 受注 of this 受注店舗 allocates; not in the documented shape, read when present
    /// (docs/api-assumptions-smaregi.md [A-SMR-40]).
    package var stockStoreId: String?

    enum CodingKeys: String, CodingKey {
        case storeId, storeCode, storeName, sellDivision, pauseFlag, pointPaymentMethodId, stockStoreId
    }
}
