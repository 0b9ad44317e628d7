import Foundation

/// One row of the shipment ledger: one Smaregi shipment of a 受注 this system imported, and what the shipping job
/// did with it (issue #7, design.md §5: a shipment is reported once, with Rakuten's shipping detail id).
package struct ShipmentRecord: Sendable, Equatable {
    /// Where a shipment stands.
    package enum Status: String, Sendable, Equatable, CaseIterable {
        /// To send: new, or a retryable failure to send again on a later run.
        case pending
        /// Written just before updateOrderShipping(Async); left by a crash (or an async result not collected yet),
        /// it is resolved by reading the order from Rakuten and looking for the tracking number.
        case sending
        /// Rakuten took it (`shippingDetailId`).
        case reported
        /// Rakuten refused it (cancelled order, bad format); `reasonCode` and `reason` hold Rakuten's words.
        case failed
        /// Not reported automatically (受注分割, a package the shipment does not name): someone reports it by hand.
        case manual
    }

    /// 店舗コード.
    package var storeCode: String
    /// 注文番号 (the Smaregi 受注番号).
    package var orderNumber: String
    /// Smaregi 受注ID.
    package var smaregiOrderID: Int
    /// Smaregi `shipmentId`.
    package var smaregiShipmentID: String
    /// Smaregi お届け先番号 the shipment names, if any.
    package var destinationNumber: Int?
    /// Rakuten 送付先ID (basketId) of that destination, if known.
    package var basketId: Int64?
    /// Where the shipment stands.
    package var status: Status
    /// Rakuten 発送明細ID once reported.
    package var shippingDetailId: Int64?
    /// The carrier as the warehouse typed it.
    package var carrierName: String
    /// Rakuten `deliveryCompany` code sent.
    package var deliveryCompany: String
    /// お荷物伝票番号.
    package var trackingNumber: String
    /// 発送日 `yyyy-MM-dd` (JST).
    package var shipDate: String
    /// The updateOrderShippingAsync request whose result is still to be collected; empty otherwise.
    package var requestId: String
    /// Rakuten's message code (or ours) for a failure, manual or retry.
    package var reasonCode: String
    /// The reason in words (Rakuten's message for a refusal).
    package var reason: String
    /// Send attempts so far.
    package var attempts: Int
    /// When the job first saw the shipment.
    package var createdAt: Date
    /// When the row last changed.
    package var updatedAt: Date
    /// When Rakuten took it.
    package var reportedAt: Date?

    /// A record.
    package init(
        storeCode: String,
        orderNumber: String,
        smaregiOrderID: Int,
        smaregiShipmentID: String,
        destinationNumber: Int? = nil,
        basketId: Int64? = nil,
        status: Status,
        shippingDetailId: Int64? = nil,
        carrierName: String = "",
        deliveryCompany: String = "",
        trackingNumber: String = "",
        shipDate: String = "",
        requestId: String = "",
        reasonCode: String = "",
        reason: String = "",
        attempts: Int = 0,
        createdAt: Date,
        updatedAt: Date,
        reportedAt: Date? = nil
    ) {
        self.storeCode = storeCode
        self.orderNumber = orderNumber
        self.smaregiOrderID = smaregiOrderID
        self.smaregiShipmentID = smaregiShipmentID
        self.destinationNumber = destinationNumber
        self.basketId = basketId
        self.status = status
        self.shippingDetailId = shippingDetailId
        self.carrierName = carrierName
        self.deliveryCompany = deliveryCompany
        self.trackingNumber = trackingNumber
        self.shipDate = shipDate
        self.requestId = requestId
        self.reasonCode = reasonCode
        self.reason = reason
        self.attempts = attempts
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.reportedAt = reportedAt
    }

    /// The ledger key within a store.
    package var key: ShipmentKey { ShipmentKey(smaregiOrderID: smaregiOrderID, smaregiShipmentID: smaregiShipmentID) }
}

/// Identifies one Smaregi shipment within a store.
package struct ShipmentKey: Sendable, Equatable, Hashable {
    /// Smaregi 受注ID.
    package var smaregiOrderID: Int
    /// Smaregi `shipmentId`.
    package var smaregiShipmentID: String

    /// A key.
    package init(smaregiOrderID: Int, smaregiShipmentID: String) {
        self.smaregiOrderID = smaregiOrderID
        self.smaregiShipmentID = smaregiShipmentID
    }
}
