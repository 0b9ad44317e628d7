import Foundation
import SyncCore
import Testing

struct ShippingTransformTests {
    let transform = ShippingTransform(carriers: CarrierTable(), now: Date(timeIntervalSince1970: 1_796_054_400))

    func order(split: Bool = false, baskets: [Int: Int64], _ shipments: [ShippedOrder.Shipment]) -> ShippedOrder {
        ShippedOrder(
            orderNumber: "400001-20261128-00000001",
            smaregiOrderID: 7,
            isSplit: split,
            baskets: baskets,
            shipments: shipments
        )
    }

    func shipment(_ id: String, destination: Int?, carrier: String = "佐川急便", tracking: String = "T-1")
        -> ShippedOrder.Shipment
    {
        ShippedOrder.Shipment(
            id: id,
            destinationNumber: destination,
            carrierName: carrier,
            trackingNumber: tracking,
            shipDate: "2026-11-29"
        )
    }

    @Test func singlePackageShipmentGoesToItsBasketWithCodeAndDate() {
        let result = transform.transform(order(baskets: [1: 555], [shipment("1", destination: nil, tracking: " T-1 ")]))
        #expect(result.plans.map(\.action) == [.send(basketId: 555)])
        #expect(result.plans.first?.deliveryCompany == "1002")
        #expect(result.plans.first?.trackingNumber == "T-1")
        #expect(result.plans.first?.shippingDate == "2026-11-29")
        #expect(result.rows.isEmpty)
    }

    @Test func splitOrderIsManualWithOneRowAndNoSend() {
        let result = transform.transform(
            order(split: true, baskets: [1: 555], [shipment("1", destination: 1), shipment("2", destination: 1)])
        )
        #expect(result.plans.map(\.action) == Array(repeating: .manual(code: .splitOrderManual), count: 2))
        #expect(result.rows.map(\.code) == ["SPLIT_ORDER_MANUAL"])
        #expect(result.rows.first?.messageJa == "受注分割のため手動で発送完了報告してください")
    }

    @Test func multiPackageOrderIsReportedPerNamedPackageElseManual() {
        let result = transform.transform(
            order(
                baskets: [1: 555, 2: 666],
                [shipment("1", destination: 2), shipment("2", destination: nil), shipment("3", destination: 1)]
            )
        )
        #expect(
            result.plans.map(\.action) == [.send(basketId: 666), .manual(code: .packageManual), .send(basketId: 555)]
        )
        #expect(result.rows.map(\.code) == ["PACKAGE_MANUAL"])
    }

    @Test func unknownCarrierIsOtherWithAWarning() {
        let result = transform.transform(order(baskets: [1: 555], [shipment("1", destination: 1, carrier: "ハト急便")]))
        #expect(result.plans.first?.deliveryCompany == "1000")
        #expect(result.rows.map(\.code) == ["UNKNOWN_CARRIER"])
        #expect(result.rows.first?.severity == .warning)
        #expect(result.rows.first?.messageJa.contains("ハト急便") == true)
    }
}
