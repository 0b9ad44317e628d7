/// Report rows of the shipping job (issue #7): stable codes, the order number, the Smaregi 受注ID, messages in
/// Japanese and English, and the fix.
package enum ShippingReportRows {
    /// 受注分割のため手動で発送完了報告してください (error: nobody else tells the customer).
    package static func splitOrder(_ order: ShippedOrder) -> ReportRow {
        ReportRow(
            .splitOrderManual,
            rakutenOrderNumber: order.orderNumber,
            smaregiID: String(order.smaregiOrderID),
            messageJa: "受注分割のため手動で発送完了報告してください",
            messageEn: "The Smaregi order was split; report the shipment to Rakuten by hand."
        )
    }

    /// A shipment of a multi-package order that does not say which package it is.
    package static func packageManual(_ order: ShippedOrder, shipment: ShippedOrder.Shipment) -> ReportRow {
        ReportRow(
            .packageManual,
            rakutenOrderNumber: order.orderNumber,
            smaregiID: String(order.smaregiOrderID),
            messageJa:
                "複数の送付先がある注文の出荷で、どの送付先か分かりません(伝票番号 \(shipment.trackingNumber))。手動で発送完了報告してください",
            messageEn:
                "The order has several packages and the shipment (tracking \(shipment.trackingNumber)) does not name one; report it by hand."
        )
    }

    /// A carrier name neither table knows: sent as 1000 その他.
    package static func unknownCarrier(_ order: ShippedOrder, shipment: ShippedOrder.Shipment) -> ReportRow {
        ReportRow(
            severity: .warning,
            code: .unknownCarrier,
            rakutenOrderNumber: order.orderNumber,
            smaregiID: String(order.smaregiOrderID),
            messageJa: "配送会社「\(shipment.carrierName)」の楽天コードが不明のため「その他(1000)」で報告しました",
            messageEn: "Carrier '\(shipment.carrierName)' has no Rakuten code; reported as 1000 (other).",
            action:
                "`rakuten-sync carrier set --store STORE --smaregi \"\(shipment.carrierName)\" --rakuten CODE` で登録してください。 / Map the name with `rakuten-sync carrier set`."
        )
    }

    /// Rakuten refused the update of one order; `code` and `message` are Rakuten's.
    package static func rejected(orderNumber: String, smaregiID: Int, code: String, message: String) -> ReportRow {
        ReportRow(
            .shippingRejected,
            rakutenOrderNumber: orderNumber,
            smaregiID: String(smaregiID),
            messageJa: "楽天が発送完了報告を受け付けませんでした: \(code) \(message)",
            messageEn: "Rakuten refused the shipping report: \(code) \(message)"
        )
    }
}
