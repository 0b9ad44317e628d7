import Foundation
import Logging
import SmaregiAPI
import SyncStore

/// `smaregi stores`: every store of a rakuten-sync store's Smaregi contract, with its kind and, for a 受注店舗, the
/// store its stock is allocated from (issue #13 §4), read from POS `GET /stores` and order-shipment `GET /stores`.
package struct SmaregiStoreDirectory {
    /// A Smaregi store's kind as the merchant's screens name it.
    package enum Kind: String, Sendable, Equatable {
        /// POS division `1`.
        case normal
        /// POS division `2`.
        case warehouse
        /// Listed by order-shipment `/stores` ([A-SMR-13]).
        case order
        /// A POS division code this version does not know.
        case unknown

        /// 通常店舗 / 倉庫 / 受注店舗.
        package var japaneseName: String {
            switch self {
            case .normal: "通常店舗"
            case .warehouse: "倉庫"
            case .order: "受注店舗"
            case .unknown: "不明"
            }
        }
    }

    /// One Smaregi store.
    package struct Entry: Sendable, Equatable {
        package var id: Int
        package var code: String
        package var name: String
        package var kind: Kind
        package var isPaused: Bool
        /// For a 受注店舗: the store its 受注 allocate stock from; nil when the API does not say ([A-SMR-40]).
        package var stockStoreID: Int?
    }

    private let database: SyncDatabase
    private let logger: Logger

    /// A directory read with the Smaregi connection stored in `database`.
    package init(database: SyncDatabase, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    /// The contract's stores, POS ones first, each list by id; throws when the connection is missing or refused.
    package func stores(storeCode code: String) throws(SyncJobsError) -> (store: StoreRecord, entries: [Entry]) {
        let store = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: code) }
        let client = try RemoteClients.smaregi(for: store, database: database, logger: logger)
        do {
            return (store, try Self.entries(client))
        } catch {
            throw SyncJobsError(smaregi: error, store: code)
        }
    }

    /// Both lists of `client`'s contract as entries.
    static func entries(_ client: SmaregiClient) throws -> [Entry] {
        let pos = try client.stores().sorted { $0.id < $1.id }.map { store in
            Entry(
                id: store.id,
                code: store.code,
                name: store.name,
                kind: store.division.map { $0 == .normal ? .normal : .warehouse } ?? .unknown,
                isPaused: store.isPaused
            )
        }
        let orders = try client.orderStores().sorted { $0.id < $1.id }.map { store in
            Entry(
                id: store.id,
                code: store.code,
                name: store.name,
                kind: .order,
                isPaused: store.isPaused,
                stockStoreID: store.stockStoreId
            )
        }
        return pos + orders
    }
}
