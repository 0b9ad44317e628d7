import Foundation
import SyncStore
import TestSupport
import Testing

/// Reads by key go to SQLite in `IN` lists of at most 500 (`chunks(ofCount:)`): no row is lost or read twice at
/// a chunk's edge.
struct LedgerChunkingTests {
    @Test(arguments: [1, 499, 500, 501, 1_000, 1_001])
    func shipmentRowsAreFoundAcrossChunkEdges(count: Int) throws {
        let database = try SyncDatabase.inMemory()
        try StoreRepository(database: database).add(StoreFixtures.makeStoreRecord(code: "main"), at: Date())
        let ledger = ShipmentLedger(database: database)
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let records = (1...count).map { order in
            ShipmentRecord(
                storeCode: "main",
                orderNumber: "400001-20261128-\(String(format: "%08d", order))",
                smaregiOrderID: order,
                smaregiShipmentID: "1",
                destinationNumber: 1,
                basketId: Int64(order),
                status: .pending,
                shippingDetailId: nil,
                carrierName: "ヤマト運輸",
                deliveryCompany: "1001",
                trackingNumber: "T-\(order)",
                shipDate: "2026-11-29",
                createdAt: now,
                updatedAt: now,
                reportedAt: nil
            )
        }
        try ledger.save(records)
        // One key more than was saved, past the last chunk's edge: it is not found.
        let keys = (1...count + 1).map { ShipmentKey(smaregiOrderID: $0, smaregiShipmentID: "1") }

        let found = try ledger.records(store: "main", keys: keys.reversed())

        // Every saved row once (the keys are unique), and none of the key that was not saved.
        #expect(found.count == count)
        #expect(found.keys.allSatisfy { (1...count).contains($0.smaregiOrderID) })
        #expect(found[ShipmentKey(smaregiOrderID: count, smaregiShipmentID: "1")]?.trackingNumber == "T-\(count)")
    }
}
