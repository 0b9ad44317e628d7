/// A shipped (or partly shipped) Smaregi 受注 as the shipping transform reads it: what Smaregi says plus what
/// the order ledger knows about the Rakuten packages (issue #7).
package struct ShippedOrder: Sendable, Equatable {
    /// One shipment as the warehouse typed it.
    package struct Shipment: Sendable, Equatable {
        /// Smaregi `shipmentId`.
        package var id: String
        /// The お届け先番号 it names, if any.
        package var destinationNumber: Int?
        /// Free text, e.g. 「ヤマト運輸」.
        package var carrierName: String
        /// お荷物伝票番号 (may be empty).
        package var trackingNumber: String
        /// Smaregi `shipDate`.
        package var shipDate: String

        /// A shipment.
        package init(id: String, destinationNumber: Int?, carrierName: String, trackingNumber: String, shipDate: String)
        {
            self.id = id
            self.destinationNumber = destinationNumber
            self.carrierName = carrierName
            self.trackingNumber = trackingNumber
            self.shipDate = shipDate
        }
    }

    /// 注文番号 (Smaregi 受注番号).
    package var orderNumber: String
    /// Smaregi 受注ID.
    package var smaregiOrderID: Int
    /// 受注分割 was done on it (`splitFlag`, or it has a parent).
    package var isSplit: Bool
    /// Smaregi destination number → Rakuten basketId, from the order ledger.
    package var baskets: [Int: Int64]
    /// The shipments.
    package var shipments: [Shipment]

    /// An order.
    package init(orderNumber: String, smaregiOrderID: Int, isSplit: Bool, baskets: [Int: Int64], shipments: [Shipment])
    {
        self.orderNumber = orderNumber
        self.smaregiOrderID = smaregiOrderID
        self.isSplit = isSplit
        self.baskets = baskets
        self.shipments = shipments
    }
}
