/// A `GET /pos/stores` element as sent: all strings or `null` (smaregi.md §4.1).
package struct SmaregiStoreDTO: Decodable, Sendable, Equatable {
    package var storeId: String?
    package var storeCode: String?
    package var storeName: String?
    package var division: String?
    package var pauseFlag: String?
    package var updDateTime: String?

    enum CodingKeys: String, CodingKey {
        case storeId, storeCode, storeName, division, pauseFlag, updDateTime
    }
}
