/// A 受注 as `GET /orders`, `GET /orders/{id}` and `POST /orders` return it (wire types; sandbox-assumed shape,
/// docs/api-assumptions-smaregi.md). Unknown fields are ignored, absent ones are `nil`.
package struct SmaregiOrderDTO: Decodable, Sendable, Equatable {
    /// A line as returned.
    package struct Detail: Decodable, Sendable, Equatable {
        package var detailNo: Int?
        package var productId: String?
        package var productCode: String?
        package var productName: String?
        package var price: Int?
        package var quantity: Int?
        package var taxRate: Int?

        enum CodingKeys: String, CodingKey {
            case detailNo, productId, productCode, productName, price, quantity, taxRate
        }
    }

    /// A destination as returned.
    package struct Destination: Decodable, Sendable, Equatable {
        package var destinationNo: Int?
        package var shipmentStatus: String?
        package var details: [Detail]?

        enum CodingKeys: String, CodingKey {
            case destinationNo, shipmentStatus, details
        }
    }

    /// A shipment as returned.
    package struct Shipment: Decodable, Sendable, Equatable {
        package var shipmentId: String?
        package var destinationNo: Int?
        package var carrierName: String?
        package var trackingNumber: String?
        package var shipDate: String?
        package var shippedDateTime: String?

        enum CodingKeys: String, CodingKey {
            case shipmentId, destinationNo, carrierName, trackingNumber, shipDate, shippedDateTime
        }
    }

    package var orderHeadId: String?
    package var orderCode: String?
    package var storeId: String?
    package var status: String?
    package var orderDateTime: String?
    package var subtotal: Int?
    package var total: Int?
    package var destinations: [Destination]?
    package var shipments: [Shipment]?
    package var splitFlag: Bool?
    package var parentOrderHeadId: String?
    package var cancelDateTime: String?
    package var updDateTime: String?

    enum CodingKeys: String, CodingKey {
        case orderHeadId, orderCode, storeId, status, orderDateTime, subtotal, total, destinations, shipments, splitFlag
        case parentOrderHeadId, cancelDateTime, updDateTime
    }
}
