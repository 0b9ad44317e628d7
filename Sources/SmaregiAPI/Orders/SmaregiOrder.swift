import Foundation

/// A 受注 with typed fields: what the orders and shipping jobs need.
package struct SmaregiOrder: Sendable, Equatable {
    /// 受注ステータス.
    package enum Status: Sendable, Equatable {
        /// 受付.
        case accepted
        /// 出荷済 (every destination shipped).
        case shipped
        /// キャンセル.
        case canceled
        /// A value this client does not know.
        case other(String)

        init(_ raw: String) {
            switch raw {
            case "accepted": self = .accepted
            case "shipped": self = .shipped
            case "canceled": self = .canceled
            default: self = .other(raw)
            }
        }
    }

    /// One line.
    package struct Line: Sendable, Equatable {
        package var productId: Int
        package var productCode: String?
        package var price: Int
        package var quantity: Int
        package var taxRate: Int
    }

    /// One destination and whether it shipped.
    package struct Destination: Sendable, Equatable {
        package var number: Int
        package var isShipped: Bool
        package var lines: [Line]
    }

    /// One shipment as the warehouse typed it.
    package struct Shipment: Sendable, Equatable {
        package var id: String
        package var destinationNumber: Int?
        /// Free text as typed (e.g. "ヤマト運輸"); mapping to Rakuten's delivery companies is the caller's job.
        package var carrierName: String
        package var trackingNumber: String?
        /// `YYYY-MM-DD` (JST).
        package var shipDate: String
    }

    package var id: Int
    package var code: String
    package var storeId: Int?
    package var status: Status
    package var orderDate: Date?
    package var total: Int
    package var destinations: [Destination]
    package var shipments: [Shipment]
    /// Produced by or involved in 受注分割.
    package var isSplit: Bool
    /// The 受注 this one was split from.
    package var parentId: Int?
    package var canceledAt: Date?
    package var updatedAt: Date?

    /// Converts the wire object.
    init(_ dto: SmaregiOrderDTO, endpoint: String) throws {
        id = try SmaregiWireValue.int(dto.orderHeadId, field: "orderHeadId", endpoint: endpoint)
        guard let code = dto.orderCode else {
            throw SmaregiAPIError.invalidValue(endpoint: endpoint, field: "orderCode", value: "null")
        }
        self.code = code
        storeId = try SmaregiWireValue.optionalInt(dto.storeId, field: "storeId", endpoint: endpoint)
        status = Status(dto.status ?? "")
        orderDate = try SmaregiWireValue.optionalDate(dto.orderDateTime, field: "orderDateTime", endpoint: endpoint)
        total = dto.total ?? 0
        destinations = try (dto.destinations ?? []).map { destination in
            Destination(
                number: destination.destinationNo ?? 0,
                isShipped: destination.shipmentStatus == "shipped",
                lines: try (destination.details ?? []).map { detail in
                    Line(
                        productId: try SmaregiWireValue.int(detail.productId, field: "productId", endpoint: endpoint),
                        productCode: detail.productCode,
                        price: detail.price ?? 0,
                        quantity: detail.quantity ?? 0,
                        taxRate: detail.taxRate ?? 0
                    )
                }
            )
        }
        shipments = (dto.shipments ?? []).map { shipment in
            Shipment(
                id: shipment.shipmentId ?? "",
                destinationNumber: shipment.destinationNo,
                carrierName: shipment.carrierName ?? "",
                trackingNumber: shipment.trackingNumber,
                shipDate: shipment.shipDate ?? ""
            )
        }
        isSplit = dto.splitFlag ?? false
        parentId = try SmaregiWireValue.optionalInt(
            dto.parentOrderHeadId,
            field: "parentOrderHeadId",
            endpoint: endpoint
        )
        canceledAt = try SmaregiWireValue.optionalDate(dto.cancelDateTime, field: "cancelDateTime", endpoint: endpoint)
        updatedAt = try SmaregiWireValue.optionalDate(dto.updDateTime, field: "updDateTime", endpoint: endpoint)
    }
}
