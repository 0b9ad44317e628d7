import Foundation

/// Bodies of the `/_sandbox/smaregi/...` control routes (docs/sandbox-smaregi.md).
enum SmaregiControlBodies {
    /// `PUT …/settings`: limits per second (`rateLimitEnabled: false` switches them off) and token lifetime.
    struct Settings: Decodable, Sendable {
        var readsPerSecond: Double?
        var writesPerSecond: Double?
        var rateLimitEnabled: Bool?
        var tokenLifetimeSeconds: Int?
        var rejectDuplicateTransactions: Bool?
        /// `"accessDenied"` (default) or `"aboutBlank"`: the body of API 401s.
        var unauthorizedForm: String?
        /// `true`: every API call of the contract is a 401 although tokens are still issued.
        var denyAPIAccess: Bool?
        var rejectDuplicateOrderCodes: Bool?
        /// `false`: order-shipment `/stores` answers without `stockStoreId`, in the documented shape.
        var orderStoresShowStockStore: Bool?

        enum CodingKeys: String, CodingKey {
            case unauthorizedForm, denyAPIAccess
            case readsPerSecond, writesPerSecond, rateLimitEnabled, tokenLifetimeSeconds, rejectDuplicateTransactions
            case rejectDuplicateOrderCodes, orderStoresShowStockStore
        }
    }

    /// `PUT …/stock`: set one stock row (division `01` 修正).
    struct SetStock: Decodable, Sendable {
        var storeId: String
        var productId: String
        var stockAmount: Int
        var memo: String?

        enum CodingKeys: String, CodingKey {
            case storeId, productId, stockAmount, memo
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            storeId = try container.decodeLooseID(forKey: .storeId)
            productId = try container.decodeLooseID(forKey: .productId)
            stockAmount = try container.decode(Int.self, forKey: .stockAmount)
            memo = try container.decodeIfPresent(String.self, forKey: .memo)
        }
    }

    /// `POST …/sales` and `POST …/receipts`: lines sold in / received at one store.
    struct Movement: Decodable, Sendable {
        var storeId: String
        var lines: [Line]

        enum CodingKeys: String, CodingKey {
            case storeId, lines
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            storeId = try container.decodeLooseID(forKey: .storeId)
            lines = try container.decode([Line].self, forKey: .lines)
        }
    }

    /// One line of a movement.
    struct Line: Decodable, Sendable {
        var productId: String
        var quantity: Int

        enum CodingKeys: String, CodingKey {
            case productId, quantity
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            productId = try container.decodeLooseID(forKey: .productId)
            quantity = try container.decode(Int.self, forKey: .quantity)
        }
    }

    /// `POST …/orders/{id}/ship`: what the warehouse typed.
    struct Ship: Decodable, Sendable {
        var carrierName: String
        var trackingNumber: String?
        var shipDate: String?
        var destinationNo: Int?

        enum CodingKeys: String, CodingKey {
            case carrierName, trackingNumber, shipDate, destinationNo
        }
    }

    /// `POST …/orders/{id}/split`: the quantities that move to the new child 受注.
    struct Split: Decodable, Sendable {
        var lines: [SplitLine]

        enum CodingKeys: String, CodingKey {
            case lines
        }
    }

    /// One moved quantity.
    struct SplitLine: Decodable, Sendable {
        var destinationNo: Int
        var detailNo: Int
        var quantity: Int

        enum CodingKeys: String, CodingKey {
            case destinationNo, detailNo, quantity
        }
    }
}
