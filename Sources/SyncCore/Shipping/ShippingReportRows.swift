/// Report rows of the shipping job (issue #7): stable codes, the order number, the Smaregi 受注ID, messages in
/// Japanese and English, and the fix.
package enum ShippingReportRows {
    /// 受注分割: reported by hand.
    package static let splitOrderCode = "SPLIT_ORDER_MANUAL"
    /// A multi-package order whose shipment does not name its package.
    package static let packageManualCode = "PACKAGE_MANUAL"
    /// A carrier neither table knows; sent as 1000 その他.
    package static let unknownCarrierCode = "UNKNOWN_CARRIER"
    /// Rakuten refused the shipping update.
    package static let rejectedCode = "SHIPPING_REJECTED"

    /// 受注分割のため手動で発送完了報告してください (error: nobody else tells the customer).
    package static func splitOrder(_ order: ShippedOrder) -> ReportRow {
        ReportRow(
            severity: .error,
            code: splitOrderCode,
            rakutenOrderNumber: order.orderNumber,
            smaregiID: String(order.smaregiOrderID),
            messageJa: "受注分割のため手動で発送完了報告してください",
            messageEn: "The Smaregi order was split; report the shipment to Rakuten by hand.",
            action:
                "RMSの受注管理で配送会社・お荷物伝票番号・発送日を入力して発送完了報告してください。 / Enter the carrier, tracking number and ship date in RMS."
        )
    }

    /// A shipment of a multi-package order that does not say which package it is.
    package static func packageManual(_ order: ShippedOrder, shipment: ShippedOrder.Shipment) -> ReportRow {
        ReportRow(
            severity: .error,
            code: packageManualCode,
            rakutenOrderNumber: order.orderNumber,
            smaregiID: String(order.smaregiOrderID),
            messageJa:
                "複数の送付先がある注文の出荷で、どの送付先か分かりません(伝票番号 \(shipment.trackingNumber))。手動で発送完了報告してください",
            messageEn:
                "The order has several packages and the shipment (tracking \(shipment.trackingNumber)) does not name one; report it by hand.",
            action: "RMSの受注管理で送付先ごとに発送完了報告してください。 / Report each package in RMS."
        )
    }

    /// A carrier name neither table knows: sent as 1000 その他.
    package static func unknownCarrier(_ order: ShippedOrder, shipment: ShippedOrder.Shipment) -> ReportRow {
        ReportRow(
            severity: .warning,
            code: unknownCarrierCode,
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
            severity: .error,
            code: rejectedCode,
            rakutenOrderNumber: orderNumber,
            smaregiID: String(smaregiID),
            messageJa: "楽天が発送完了報告を受け付けませんでした: \(code) \(message)",
            messageEn: "Rakuten refused the shipping report: \(code) \(message)",
            action:
                "楽天のメッセージを確認し、必要ならRMSで手動で発送完了報告してください。 / Check Rakuten's message; report by hand in RMS if needed."
        )
    }
}
