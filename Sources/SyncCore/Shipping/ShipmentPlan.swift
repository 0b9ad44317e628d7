/// What to do with one shipment (issue #7 step 2).
package struct ShipmentPlan: Sendable, Equatable {
    /// The decision.
    package enum Action: Sendable, Equatable {
        /// Report it to Rakuten as a new shipping row of `basketId`.
        case send(basketId: Int64)
        /// Leave it for a manual 発送完了報告; `code` says why (`SPLIT_ORDER_MANUAL`, `PACKAGE_MANUAL`).
        case manual(code: ReportCode)
    }

    /// Smaregi `shipmentId`.
    package var shipmentID: String
    /// The お届け先番号 named, if any.
    package var destinationNumber: Int?
    /// The decision.
    package var action: Action
    /// The carrier as typed.
    package var carrierName: String
    /// Rakuten `deliveryCompany` code.
    package var deliveryCompany: String
    /// お荷物伝票番号.
    package var trackingNumber: String
    /// 発送日 `yyyy-MM-dd` JST.
    package var shippingDate: String

    /// The basket to send to, when the shipment is sent.
    package var basketId: Int64? {
        if case .send(let basketId) = action { return basketId }
        return nil
    }
}
