/// The report rows of the order transform: stable codes (never reworded once shipped), the order number, the
/// SKU or payment method concerned (in the `rakuten_sku` column), Japanese and English messages, and the fix
/// (design.md §4.6, issue #5).
package enum OrderReportRows {
    /// 受注取得前にキャンセルされた注文 (info; skipped).
    package static func cancelled(_ order: RakutenOrder) -> ReportRow {
        ReportRow(
            severity: .info,
            code: "ORDER_CANCELLED",
            rakutenOrderNumber: order.orderNumber,
            messageJa: "注文は取り込み前にキャンセルされました(ステータス\(order.progress))。受注は作成しません。",
            messageEn:
                "The order was cancelled before import (progress \(order.progress)); no Smaregi order is created.",
            action: "対応不要です。 / Nothing to do."
        )
    }

    /// 金額未確定: a `-9999` amount (warning; pending, retried every run).
    package static func amountUndetermined(_ order: RakutenOrder) -> ReportRow {
        ReportRow(
            severity: .warning,
            code: "AMOUNT_UNDETERMINED",
            rakutenOrderNumber: order.orderNumber,
            messageJa: "金額未確定(-9999)の項目があるため、取り込みを保留しています。",
            messageEn: "Some amounts are not determined yet (-9999); the import waits.",
            action:
                "RMSで送料・代引料などを確定してください。確定後の実行で自動的に取り込まれます。 / Settle postage and fees in RMS; the next run imports the order."
        )
    }

    /// 変更確定待ち (400): the order waits for the change to be confirmed (info; pending).
    package static func changePending(_ order: RakutenOrder) -> ReportRow {
        ReportRow(
            severity: .info,
            code: "ORDER_CHANGE_PENDING",
            rakutenOrderNumber: order.orderNumber,
            messageJa: "注文は変更確定待ち(ステータス400)のため、取り込みを保留しています。",
            messageEn: "The order awaits confirmation of a change (progress 400); the import waits.",
            action: "RMSで変更を確定してください。 / Confirm the change in RMS."
        )
    }

    /// A progress the store does not import (info; skipped).
    package static func progressNotImported(_ order: RakutenOrder, importable: Set<Int>) -> ReportRow {
        let list = importable.sorted().map(String.init).joined(separator: ",")
        return ReportRow(
            severity: .info,
            code: "ORDER_PROGRESS_NOT_IMPORTED",
            rakutenOrderNumber: order.orderNumber,
            messageJa: "ステータス\(order.progress)の注文は取り込み対象外です(対象: \(list))。",
            messageEn: "Orders in progress \(order.progress) are not imported (imported: \(list)).",
            action:
                "必要なら受注指定取得(--order)で取り込んでください。 / Import it by hand with --order if it is needed."
        )
    }

    /// 注文日時 that does not parse (error; held).
    package static func invalidOrderDate(_ order: RakutenOrder) -> ReportRow {
        ReportRow(
            severity: .error,
            code: "ORDER_DATE_INVALID",
            rakutenOrderNumber: order.orderNumber,
            messageJa: "注文日時を読み取れません。",
            messageEn: "The order date cannot be read.",
            action: "RMSで注文内容を確認してください。 / Check the order in RMS."
        )
    }

    /// An order without a live line (error; held).
    package static func noLines(_ order: RakutenOrder) -> ReportRow {
        ReportRow(
            severity: .error,
            code: "ORDER_NO_LINES",
            rakutenOrderNumber: order.orderNumber,
            messageJa: "注文に商品がありません。",
            messageEn: "The order has no item line.",
            action: "RMSで注文内容を確認してください。 / Check the order in RMS."
        )
    }

    /// 商品連携が未登録 (error; held).
    package static func unmappedSKU(_ order: RakutenOrder, _ lookup: ProductLookup) -> ReportRow {
        ReportRow(
            severity: .error,
            code: "UNMAPPED_SKU",
            rakutenOrderNumber: order.orderNumber,
            rakutenSKU: lookup.displayText,
            messageJa: "商品連携が未登録です: \(lookup.displayText)",
            messageEn: "No product mapping for \(lookup.displayText).",
            action:
                "商品連携を登録してください。次回の実行で取り込まれます。 / Add the product mapping; the next run imports the order."
        )
    }

    /// 商品連携がエラー/未確認 (error; held).
    package static func mappingInError(_ order: RakutenOrder, _ lookup: ProductLookup, reason: String) -> ReportRow {
        ReportRow(
            severity: .error,
            code: "MAPPING_IN_ERROR",
            rakutenOrderNumber: order.orderNumber,
            rakutenSKU: lookup.displayText,
            messageJa: "商品連携が連携済みではありません: \(lookup.displayText)(\(reason))",
            messageEn: "The product mapping of \(lookup.displayText) is not usable (\(reason)).",
            action:
                "商品連携チェックのエラーを解消してください。次回の実行で取り込まれます。 / Fix the mapping reported by the mapping check; the next run imports the order."
        )
    }

    /// 支払方法が未設定 (error; held).
    package static func unmappedPayment(_ order: RakutenOrder, _ lookup: PaymentLookup?, amount: Int) -> ReportRow {
        let method = lookup?.displayText ?? "(支払方法なし / no settlement method)"
        return ReportRow(
            severity: .error,
            code: "UNMAPPED_PAYMENT",
            rakutenOrderNumber: order.orderNumber,
            rakutenSKU: method,
            messageJa: "支払方法連携が未設定です: \(method)(\(amount)円)",
            messageEn: "No payment method mapping for \(method) (¥\(amount)).",
            action:
                "支払方法連携を登録してください。次回の実行で取り込まれます。 / Map the payment method; the next run imports the order."
        )
    }

    /// The Smaregi order total would not equal what Rakuten billed (error; held).
    package static func totalMismatch(_ order: RakutenOrder, computed: Int, billed: Int) -> ReportRow {
        ReportRow(
            severity: .error,
            code: "TOTAL_MISMATCH",
            rakutenOrderNumber: order.orderNumber,
            messageJa: "受注合計\(computed)円が楽天の請求額\(billed)円(請求金額+ポイント+楽天負担クーポン)と一致しません。",
            messageEn:
                "The Smaregi order total ¥\(computed) differs from what Rakuten billed, ¥\(billed) (requestPrice + points + Rakuten coupons).",
            action:
                "RMSで注文の金額を確認し、サポートに連絡してください。 / Check the order amounts in RMS and contact support."
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
            severity: .warning,
            code: "TAX_MISMATCH",
            rakutenOrderNumber: order.orderNumber,
            messageJa:
                "税率\(rate.percent)%の消費税が一致しません。計算(\(rounding.japaneseLabel)): \(ours) / 楽天: \(theirs)。楽天の値で登録します。",
            messageEn:
                "Consumption tax at \(rate.percent)% differs. Computed (\(rounding.rawValue)): \(oursEn); Rakuten: \(theirsEn). Rakuten's figures are used.",
            action:
                "店舗の消費税1円未満端数の設定がRMSと同じか確認してください。受注には楽天の値を登録するため修正は不要です。 / Check that the store's tax rounding matches the RMS setting; the 受注 carries Rakuten's figures, so it needs no fix."
        )
    }
}
