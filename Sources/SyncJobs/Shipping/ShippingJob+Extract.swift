import Foundation
import Logging
import SmaregiAPI
import SyncCore
import SyncStore

extension ShippingJob {
    /// What extraction read from Smaregi.
    struct Extraction {
        /// Imported 受注 with shipments.
        var orders: [ShippedOrder] = []
        /// The end of the read period, the next watermark.
        var searchEnd: Date?
    }

    /// Reads the 受注 updated since the watermark minus the overlap (issue #7 step 1; an order with only some
    /// destinations shipped stays `accepted`, so every status is read and `shipments` decides), keeping those the
    /// order ledger loaded: the 受注 itself, or a 受注分割 child of it (same 受注番号, `parentOrderHeadId`).
    func extract(_ context: inout RunContext, smaregi: SmaregiClient, now: Date) throws(SyncJobsError) -> Extraction {
        let store = context.store.code
        let watermark = try SyncJobsError.database("read watermark") {
            try WatermarkRepository(database: context.database).watermark(job: context.job.rawValue, store: store)
        }
        let start =
            watermark.map { $0.date.addingTimeInterval(-options.overlap) }
            ?? now.addingTimeInterval(-options.firstRunLookBack)
        let orders: [SmaregiOrder]
        do {
            // Smaregi's query times have whole seconds: a 受注 shipped during this second must not fall after
            // the upper bound, so the range ends one second later (the overlap takes it again next run anyway).
            orders = try smaregi.orders(
                updatedBetween: min(start, now)...now.addingTimeInterval(1),
                storeId: Int(context.store.smaregiOrderStoreID)
            )
        } catch {
            throw SyncJobsError(smaregi: error, store: store)
        }
        let shipped = orders.filter { !$0.shipments.isEmpty }
        let ledger = OrderLedger(database: context.database)
        let imported = try SyncJobsError.database("read order ledger") {
            try ledger.records(store: store, orderNumbers: Array(Set(shipped.map(\.code))))
        }
        var extraction = Extraction(searchEnd: now)
        var staged: [Data] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for order in shipped {
            guard let record = imported[order.code], record.status == .loaded, let loadedID = record.smaregiOrderID,
                loadedID == order.id || order.parentId == loadedID
            else { continue }
            let shippedOrder = ShippedOrder(
                orderNumber: order.code,
                smaregiOrderID: order.id,
                isSplit: order.isSplit || order.parentId != nil,
                baskets: Dictionary(
                    record.destinations.map { ($0.number, $0.basketId) },
                    uniquingKeysWith: { first, _ in first }
                ),
                shipments: order.shipments.map {
                    ShippedOrder.Shipment(
                        id: $0.id,
                        destinationNumber: $0.destinationNumber,
                        carrierName: $0.carrierName,
                        trackingNumber: $0.trackingNumber ?? "",
                        shipDate: $0.shipDate
                    )
                }
            )
            extraction.orders.append(shippedOrder)
            staged.append(try context.staging.line(StagedOrder(shippedOrder), for: "extracted.jsonl", encoder: encoder))
        }
        try context.staging.writeLines(staged, to: "extracted.jsonl")
        CrashPoint.reach("extract:done")
        return extraction
    }
}

/// A line of `extracted.jsonl`: one imported 受注 with its shipments.
struct StagedOrder: Encodable {
    var orderNumber: String
    var smaregiOrderID: Int
    var isSplit: Bool
    var shipments: [[String: String]]

    enum CodingKeys: String, CodingKey {
        case orderNumber, smaregiOrderID, isSplit, shipments
    }

    init(_ order: ShippedOrder) {
        orderNumber = order.orderNumber
        smaregiOrderID = order.smaregiOrderID
        isSplit = order.isSplit
        shipments = order.shipments.map {
            [
                "id": $0.id, "destinationNo": $0.destinationNumber.map { String($0) } ?? "",
                "carrierName": $0.carrierName, "trackingNumber": $0.trackingNumber, "shipDate": $0.shipDate,
            ]
        }
    }
}

/// A line of `transformed.jsonl`: one shipment and what the transform decided.
struct StagedShipment: Encodable {
    var orderNumber: String
    var shipmentID: String
    var status: String
    var basketId: Int64?
    var deliveryCompany: String
    var trackingNumber: String
    var shipDate: String
    var reasonCode: String

    enum CodingKeys: String, CodingKey {
        case orderNumber, shipmentID, status, basketId, deliveryCompany, trackingNumber, shipDate, reasonCode
    }

    init(_ record: ShipmentRecord) {
        orderNumber = record.orderNumber
        shipmentID = record.smaregiShipmentID
        status = record.status.rawValue
        basketId = record.basketId
        deliveryCompany = record.deliveryCompany
        trackingNumber = record.trackingNumber
        shipDate = record.shipDate
        reasonCode = record.reasonCode
    }
}
