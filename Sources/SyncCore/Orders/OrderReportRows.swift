/// The report rows of the order transform: stable codes (never reworded once shipped), the order number, the
/// SKU or payment method concerned (in the `rakuten_sku` column), Japanese and English messages, and the fix
/// (design.md §4.6, issue #5).
package enum OrderReportRows {
    /// 受注取得前にキャンセルされた注文 (info; skipped).
    package static func cancelled(_ order: RakutenOrder) -> ReportRow {
        ReportRow(
            .orderCancelled,
            rakutenOrderNumber: order.orderNumber,
            messageJa: "注文は取り込み前にキャンセルされました(ステータス\(order.progress))。受注は作成しません。",
            messageEn:
                "The order was cancelled before import (progress \(order.progress)); no Smaregi order is created."
        )
    }

    /// 金額未確定: a `-9999` amount (warning; pending, retried every run).
    package static func amountUndetermined(_ order: RakutenOrder) -> ReportRow {
        ReportRow(
            .amountUndetermined,
            rakutenOrderNumber: order.orderNumber,
            messageJa: "金額未確定(-9999)の項目があるため、取り込みを保留しています。",
            messageEn: "Some amounts are not determined yet (-9999); the import waits."
        )
    }

    /// 変更確定待ち (400): the order waits for the change to be confirmed (info; pending).
    package static func changePending(_ order: RakutenOrder) -> ReportRow {
        ReportRow(
            .orderChangePending,
            rakutenOrderNumber: order.orderNumber,
            messageJa: "注文は変更確定待ち(ステータス400)のため、取り込みを保留しています。",
            messageEn: "The order awaits confirmation of a change (progress 400); the import waits."
        )
    }

    /// A progress the store does not import (info; skipped).
    package static func progressNotImported(_ order: RakutenOrder, importable: Set<Int>) -> ReportRow {
        let list = importable.sorted().map(String.init).joined(separator: ",")
        return ReportRow(
            .orderProgressNotImported,
            rakutenOrderNumber: order.orderNumber,
            messageJa: "ステータス\(order.progress)の注文は取り込み対象外です(対象: \(list))。",
            messageEn: "Orders in progress \(order.progress) are not imported (imported: \(list))."
        )
    }

    /// 注文日時 that does not parse (error; held).
    package static func invalidOrderDate(_ order: RakutenOrder) -> ReportRow {
        ReportRow(
            .orderDateInvalid,
            rakutenOrderNumber: order.orderNumber,
            messageJa: "注文日時を読み取れません。",
            messageEn: "The order date cannot be read."
        )
    }

    /// An order without a live line (error; held).
    package static func noLines(_ order: RakutenOrder) -> ReportRow {
        ReportRow(
            .orderNoLines,
            rakutenOrderNumber: order.orderNumber,
            messageJa: "注文に商品がありません。",
            messageEn: "The order has no item line."
        )
    }

    /// 商品連携が未登録 (error; held).
    package static func unmappedSKU(_ order: RakutenOrder, _ lookup: ProductLookup) -> ReportRow {
        ReportRow(
            .unmappedSKU,
            rakutenOrderNumber: order.orderNumber,
            rakutenSKU: lookup.displayText,
            messageJa: "商品連携が未登録です: \(lookup.displayText)",
            messageEn: "No product mapping for \(lookup.displayText)."
        )
    }

    /// 商品連携がエラー/未確認 (error; held).
    package static func mappingInError(_ order: RakutenOrder, _ lookup: ProductLookup, reason: String) -> ReportRow {
        ReportRow(
            .mappingInError,
            rakutenOrderNumber: order.orderNumber,
            rakutenSKU: lookup.displayText,
            messageJa: "商品連携が連携済みではありません: \(lookup.displayText)(\(reason))",
            messageEn: "The product mapping of \(lookup.displayText) is not usable (\(reason))."
        )
    }

    /// 支払方法が未設定 (error; held).
    package static func unmappedPayment(_ order: RakutenOrder, _ lookup: PaymentLookup?, amount: Int) -> ReportRow {
        let method = lookup?.displayText ?? "(支払方法なし / no settlement method)"
        return ReportRow(
            .unmappedPayment,
            rakutenOrderNumber: order.orderNumber,
            rakutenSKU: method,
            messageJa: "支払方法連携が未設定です: \(method)(\(amount)円)",
            messageEn: "No payment method mapping for \(method) (¥\(amount))."
        )
    }

    /// The Smaregi order total would not equal what Rakuten billed (error; held).
    package static func totalMismatch(_ order: RakutenOrder, computed: Int, billed: Int) -> ReportRow {
        ReportRow(
            .totalMismatch,
            rakutenOrderNumber: order.orderNumber,
            messageJa: "受注合計\(computed)円が楽天の請求額\(billed)円(請求金額+ポイント+楽天負担クーポン)と一致しません。",
            messageEn:
                "The Smaregi order total ¥\(computed) differs from what Rakuten billed, ¥\(billed) (requestPrice + points + Rakuten coupons)."
        )
    }

    /// 税額の不一致: the invoice-rule tax of a rate differs from Rakuten's TaxSummary (warning; Rakuten's figures
    /// are sent).
    package static func taxMismatch(
        _ order: RakutenOrder,
        rate: TaxRate,
        computed: RateTax?,
        rakuten: RakutenOrder.TaxSummaryRow?,
        rounding: TaxRounding
    ) -> ReportRow {
        let ours = computed.map { "対象額\($0.taxableAmount)円 税額\($0.tax)円" } ?? "なし"
        let theirs = rakuten.map { "対象額\($0.reqPrice)円 税額\($0.reqPriceTax)円" } ?? "なし"
        let oursEn = computed.map { "taxable ¥\($0.taxableAmount), tax ¥\($0.tax)" } ?? "none"
        let theirsEn = rakuten.map { "taxable ¥\($0.reqPrice), tax ¥\($0.reqPriceTax)" } ?? "none"
        return ReportRow(
            .taxMismatch,
            rakutenOrderNumber: order.orderNumber,
            messageJa:
                "税率\(rate.percent)%の消費税が一致しません。計算(\(rounding.japaneseLabel)): \(ours) / 楽天: \(theirs)。楽天の値で登録します。",
            messageEn:
                "Consumption tax at \(rate.percent)% differs. Computed (\(rounding.rawValue)): \(oursEn); Rakuten: \(theirsEn). Rakuten's figures are used."
        )
    }
}
