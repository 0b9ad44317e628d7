/// Report rows of 在庫更新 (issue #6): stable codes, the SKU, the Smaregi product, Japanese and English, the fix.
package enum StockReportRows {
    /// Smaregi stock minus pending units is below zero: more was sold than Smaregi holds (warning; 0 is pushed).
    package static func negativeStock(_ candidate: StockCandidate, stock: Int) -> ReportRow {
        ReportRow(
            .negativeStock,
            rakutenSKU: candidate.skuText,
            smaregiID: String(candidate.productId),
            messageJa:
                "スマレジ在庫(\(stock))から楽天の未取込注文(\(candidate.pending))を引くとマイナスです。楽天には0を反映しました。",
            messageEn:
                "Smaregi stock (\(stock)) minus pending Rakuten orders (\(candidate.pending)) is below zero; Rakuten was set to 0."
        )
    }

    /// The SKU's mapping is in error: the stock job does not use it (warning).
    package static func mappingInError(sku: String, smaregiID: String, reason: String) -> ReportRow {
        ReportRow(
            severity: .warning,
            code: .mappingInError,
            rakutenSKU: sku,
            smaregiID: smaregiID,
            messageJa: "商品連携がエラーのため在庫を反映しませんでした: \(reason)",
            messageEn: "The product mapping is in error, so its stock was not pushed: \(reason)",
            action:
                "商品連携を直して `rakuten-sync-mappings` で再チェックしてください。 / Fix the mapping and run the mapping check again."
        )
    }

    /// A 連携済み legacy 横軸/縦軸 mapping has no resolved Rakuten SKU (issue #13 §1): the mapping check has not
    /// run since the mapping was added, or no single SKU of the item holds the combination (warning; not pushed).
    package static func legacyUnresolved(sku: String, smaregiID: String) -> ReportRow {
        ReportRow(
            .legacySKUUnresolved,
            rakutenSKU: sku,
            smaregiID: smaregiID,
            messageJa: "旧形式(横軸/縦軸)の商品連携 \(sku) に対応する楽天のSKU(variantId)が特定できないため在庫を反映しませんでした。",
            messageEn:
                "The legacy horizontal/vertical option mapping \(sku) has no resolved Rakuten SKU (variantId), so its stock was not pushed."
        )
    }

    /// Rakuten refused the SKU's quantity in a bulk-upsert (error; the rest of its batch was pushed).
    package static func rakutenRejected(_ push: StockPush, code: String, message: String) -> ReportRow {
        ReportRow(
            .rakutenRejected,
            rakutenSKU: push.skuText,
            smaregiID: String(push.productId),
            messageJa: "楽天が在庫数 \(push.quantity) の更新を拒否しました (\(code)): \(message)",
            messageEn: "Rakuten rejected quantity \(push.quantity) (\(code)): \(message)"
        )
    }
}
