import Foundation
import Logging
import RakutenRMS
import SyncCore
import SyncStore

/// `rakuten-sync orders explain`: transforms a saved getOrder response offline, or an order fetched from Rakuten
/// read-only (`--order`), with the store's rounding and mappings and says, per order, the 受注 it would create or
/// why it cannot (what support needs to answer "why did this order fail?"). Reads the ledger too, so an imported
/// order says so and shows its Smaregi 受注ID.
package struct OrderExplainer {
    /// One order's explanation.
    package struct Explanation: Sendable, Equatable {
        /// 注文番号.
        package var orderNumber: String
        /// `ready`, `pending`, `held` or `skipped`.
        package var outcome: String
        /// The 受注 as text when ready (`SmaregiOrderDraft.explanation`).
        package var draftLines: [String]
        /// The report rows (problems and warnings).
        package var rows: [ReportRow]
        /// What the ledger says, when the job has seen the order.
        package var ledger: OrderLedgerRecord?
    }

    let database: SyncDatabase

    /// An explainer over the database's mappings and ledger.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// Explains every order of `data`: a getOrder response (`{"OrderModelList": [...]}`), one `OrderModel`, or an
    /// array of them.
    package func explain(_ data: Data, store code: String) throws(SyncJobsError) -> [Explanation] {
        let store = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: code) }
        return try explain(try Self.orders(in: data), store: store)
    }

    /// Fetches `orderNumbers` from Rakuten with getOrder (read-only: no confirmOrder, nothing written) and explains
    /// them; the numbers RMS does not know come back in `missing`.
    package func explain(orderNumbers: [String], store code: String, logger: Logger) throws(SyncJobsError) -> (
        explanations: [Explanation], missing: [String]
    ) {
        let store = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: code) }
        let client = RemoteClients.rakuten(for: store, database: database, logger: logger)
        let response: RMSGetOrderResponse
        do {
            response = try client.getOrders(orderNumbers: orderNumbers)
        } catch {
            throw SyncJobsError(rakuten: error, store: code)
        }
        let found = Set(response.orders.map(\.orderNumber))
        return (try explain(response.orders, store: store), orderNumbers.filter { !found.contains($0) })
    }

    private func explain(_ models: [RMSOrderModel], store: StoreRecord) throws(SyncJobsError) -> [Explanation] {
        let code = store.code
        let rounding = TaxRounding(store.taxRounding)
        let transform = OrderTransform(
            rounding: rounding,
            resolvers: try MappingResolvers.load(database: database, store: code)
        )
        let known = try SyncJobsError.database("read order ledger") {
            try OrderLedger(database: database).records(store: code, orderNumbers: models.map(\.orderNumber))
        }
        return models.map { model in
            let result = transform.transform(RakutenOrder(rms: model))
            let outcome: String =
                switch result.outcome {
                case .ready: "ready"
                case .pending: "pending"
                case .held: "held"
                case .skipped: "skipped"
                }
            return Explanation(
                orderNumber: model.orderNumber,
                outcome: outcome,
                draftLines: result.draft?.explanation ?? [],
                rows: result.rows,
                ledger: known[model.orderNumber]
            )
        }
    }

    /// The order models in a saved file.
    static func orders(in data: Data) throws(SyncJobsError) -> [RMSOrderModel] {
        let decoder = JSONDecoder()
        if let response = try? decoder.decode(RMSGetOrderResponse.self, from: data), response.orderModelList != nil {
            return response.orders
        }
        if let list = try? decoder.decode([RMSOrderModel].self, from: data) { return list }
        do {
            return [try decoder.decode(RMSOrderModel.self, from: data)]
        } catch {
            throw .invalidInput(
                field: "--file",
                problem:
                    "getOrder の応答(OrderModelList)として読めません / not a getOrder response or OrderModel: \(error)"
            )
        }
    }
}
