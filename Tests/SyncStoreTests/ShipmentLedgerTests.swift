import Foundation
import SyncStore
import TestSupport
import Testing

struct ShipmentLedgerTests {
    let database: SyncDatabase
    let ledger: ShipmentLedger
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        database = try SyncDatabase.inMemory()
        try StoreRepository(database: database).add(StoreFixtures.makeStoreRecord(code: "main"), at: Date())
        ledger = ShipmentLedger(database: database)
    }

    func record(_ shipment: String, order: Int = 7, _ status: ShipmentRecord.Status) -> ShipmentRecord {
        ShipmentRecord(
            storeCode: "main",
            orderNumber: "400001-20261128-00000001",
            smaregiOrderID: order,
            smaregiShipmentID: shipment,
            destinationNumber: 1,
            basketId: 555,
            status: status,
            shippingDetailId: status == .reported ? 1_000_000_001 : nil,
            carrierName: "ヤマト運輸",
            deliveryCompany: "1001",
            trackingNumber: "T-\(shipment)",
            shipDate: "2026-11-29",
            createdAt: now,
            updatedAt: now,
            reportedAt: status == .reported ? now : nil
        )
    }

    @Test func savedRowsReadBackByKeyAndStatus() throws {
        // Given three shipments in different states
        try ledger.save([record("1", .reported), record("2", .sending), record("1", order: 8, .pending)])
        // Then each reads back whole, by key and by status
        let keys = [
            ShipmentKey(smaregiOrderID: 7, smaregiShipmentID: "1"),
            ShipmentKey(smaregiOrderID: 9, smaregiShipmentID: "1"),
        ]
        let found = try ledger.records(store: "main", keys: keys)
        #expect(found.count == 1)
        #expect(found[keys[0]] == record("1", .reported))
        #expect(try ledger.list(store: "main", statuses: [.sending]).map(\.smaregiShipmentID) == ["2"])
        #expect(try ledger.statusCounts(store: "main") == [.reported: 1, .sending: 1, .pending: 1])
    }

    @Test func aRowMovesFromSendingToReported() throws {
        try ledger.save([record("1", .sending)])
        try ledger.save([record("1", .reported)])
        #expect(try ledger.list(store: "main").map(\.status) == [.reported])
        #expect(try ledger.list(store: "main").first?.shippingDetailId == 1_000_000_001)
    }

    @Test func reportedNeedsAShippingDetailIdAndAKnownStore() throws {
        var reported = record("1", .reported)
        reported.shippingDetailId = nil
        #expect(throws: (any Error).self) { try ledger.save([reported]) }
        var elsewhere = record("1", .pending)
        elsewhere.storeCode = "nowhere"
        #expect(throws: (any Error).self) { try ledger.save([elsewhere]) }
    }

    @Test func carrierMappingsAreSetReplacedAndRemoved() throws {
        let carriers = ShipmentCarrierRepository(database: database)
        try carriers.set(store: "main", smaregiName: "ハト急便", deliveryCompany: "1000", at: now)
        try carriers.set(store: "main", smaregiName: "ハト急便", deliveryCompany: "1002", at: now)
        #expect(try carriers.all(store: "main") == ["ハト急便": "1002"])
        #expect(try carriers.remove(store: "main", smaregiName: "ハト急便"))
        #expect(try carriers.all(store: "main").isEmpty)
        #expect(throws: (any Error).self) {
            try carriers.set(store: "nowhere", smaregiName: "x", deliveryCompany: "1001", at: now)
        }
    }
}
