/// `GET /_sandbox/smaregi/contracts/{c}` (docs/sandbox-smaregi.md "Control API"): the parts of a contract's state
/// tests compare. Smaregi writes ids and amounts as strings; `LenientInt` reads both forms.
package struct SmaregiContractState: Decodable, Sendable, Equatable {
    /// One stock row (`stock[]`).
    package struct StockRow: Decodable, Sendable, Equatable {
        /// The Smaregi store (店舗ID).
        package var storeId: LenientInt
        /// The product (商品ID).
        package var productId: LenientInt
        /// The stock amount.
        package var stockAmount: LenientInt
    }

    /// The stock rows of every store.
    package var stock: [StockRow]
    /// Every 受注 of the contract (`orders[]`), in creation order.
    package var orders: [SmaregiSandboxOrder]

    /// The stock of `product` in `store`, or nil when there is no row.
    package func stockAmount(store: Int, product: Int) -> Int? {
        stock.first { $0.storeId.value == store && $0.productId.value == product }?.stockAmount.value
    }

    /// How many 受注 carry each order code.
    package var orderCodeCounts: [String: Int] {
        orders.reduce(into: [:]) { counts, order in
            if let code = order.orderCode { counts[code, default: 0] += 1 }
        }
    }

    /// 受注ID by order code (the last 受注 wins when a code is on several).
    package var orderIDsByCode: [String: Int] {
        orders.reduce(into: [:]) { ids, order in
            if let code = order.orderCode { ids[code] = order.orderHeadId.value }
        }
    }
}

/// One 受注 as the Smaregi sandbox holds it (受注管理, docs/reference/smaregi.md): what the orders tests compare.
package struct SmaregiSandboxOrder: Decodable, Sendable, Equatable {
    /// One 配送先 (`destinations[]`).
    package struct Destination: Decodable, Sendable, Equatable {
        /// One line (`details[]`).
        package struct Detail: Decodable, Sendable, Equatable {
            /// The product.
            package var productId: LenientInt
            /// The units.
            package var quantity: LenientInt
        }

        /// The lines, in order.
        package var details: [Detail]
    }

    /// One tax row (`taxes[]`).
    package struct Tax: Decodable, Sendable, Equatable {
        /// The rate in percent (10, 8).
        package var taxRate: LenientInt
        /// The tax amount.
        package var tax: LenientInt
    }

    /// 受注ID.
    package var orderHeadId: LenientInt
    /// The order code (the Rakuten order number for orders the job created).
    package var orderCode: String?
    /// 合計.
    package var total: LenientInt?
    /// 送料.
    package var carriage: LenientInt?
    /// The destinations, in order.
    package var destinations: [Destination]
    /// The tax rows, in order.
    package var taxes: [Tax]
}
