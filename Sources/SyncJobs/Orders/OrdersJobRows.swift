import SyncCore

/// Report rows of the orders job itself (the transform's own rows are `OrderReportRows` in SyncCore): stable
/// codes, the order number, the Smaregi 受注ID when there is one, messages in Japanese and English, and the fix.
enum OrdersJobRows {
    /// Smaregi refused the 受注 with a 4xx; `detail` is Smaregi's own message (error; held until fixed).
    static func rejected(_ orderNumber: String, status: Int, detail: String) -> ReportRow {
        ReportRow(
            .smaregiRejected,
            rakutenOrderNumber: orderNumber,
            messageJa: "スマレジが受注登録を拒否しました (HTTP \(status)): \(detail)",
            messageEn: "Smaregi rejected the order (HTTP \(status)): \(detail)"
        )
    }

    /// Smaregi could not be reached for this order; it stays `loading` and the next run checks and retries.
    static func smaregiUnavailable(_ orderNumber: String, detail: String) -> ReportRow {
        ReportRow(
            .smaregiUnavailable,
            rakutenOrderNumber: orderNumber,
            messageJa: "スマレジに接続できず受注登録が完了しませんでした。次回の実行で確認して再登録します。 (\(detail))",
            messageEn:
                "Smaregi could not be reached while creating the order; the next run checks whether it exists and retries. (\(detail))"
        )
    }

    /// A 受注登録 whose outcome is unknown is left alone until Smaregi has surely finished with it.
    static func loadUnconfirmed(_ orderNumber: String, waitSeconds: Int) -> ReportRow {
        ReportRow(
            .loadUnconfirmed,
            rakutenOrderNumber: orderNumber,
            messageJa: "前回の受注登録の結果が未確定です。スマレジの処理が終わるのを待ち、約\(waitSeconds)秒後の実行で受注番号を確認してから必要なら登録します。",
            messageEn:
                "The outcome of the last order registration is unknown; a run in about \(waitSeconds) s looks the order code up in Smaregi and creates it only if it is absent."
        )
    }

    /// The order was cancelled on Rakuten after its 受注 was created (error: someone must cancel the 受注).
    static func cancelledAfterImport(_ orderNumber: String, progress: Int, smaregiID: Int) -> ReportRow {
        ReportRow(
            severity: .error,
            code: .orderCancelledAfterImport,
            rakutenOrderNumber: orderNumber,
            smaregiID: String(smaregiID),
            messageJa: "取り込み済みの注文が楽天でキャンセルされました(ステータス\(progress))。スマレジ受注ID \(smaregiID)。",
            messageEn:
                "The order was cancelled on Rakuten (progress \(progress)) after it was imported as Smaregi order \(smaregiID).",
            action:
                "スマレジ受注管理で受注ID \(smaregiID) をキャンセルしてください。 / Cancel 受注 \(smaregiID) in Smaregi 受注管理."
        )
    }

    /// The order changed on Rakuten after import (lines, amounts, destinations): the 受注 no longer matches.
    static func changedAfterImport(_ orderNumber: String, smaregiID: Int) -> ReportRow {
        ReportRow(
            severity: .warning,
            code: .orderChangedAfterImport,
            rakutenOrderNumber: orderNumber,
            smaregiID: String(smaregiID),
            messageJa: "取り込み済みの注文が楽天で変更されました。スマレジ受注ID \(smaregiID) の内容と異なります。",
            messageEn:
                "The order changed on Rakuten after it was imported; Smaregi order \(smaregiID) no longer matches it.",
            action:
                "`rakuten-sync orders explain` で新しい内容を確認し、スマレジ受注ID \(smaregiID) を修正してください。 / Review with orders explain and edit 受注 \(smaregiID)."
        )
    }

    /// 受注指定取得 of an order already imported (info; never created twice).
    static func alreadyLoaded(_ orderNumber: String, smaregiID: Int) -> ReportRow {
        ReportRow(
            .alreadyImported,
            rakutenOrderNumber: orderNumber,
            smaregiID: String(smaregiID),
            messageJa: "この注文は取り込み済みです(スマレジ受注ID \(smaregiID))。再登録はしません。",
            messageEn: "The order is already imported as Smaregi order \(smaregiID); it is not created again."
        )
    }

    /// A `loading` row left by an interrupted run whose 受注 turned out to exist (info).
    static func loadingResolved(_ orderNumber: String, smaregiID: Int) -> ReportRow {
        ReportRow(
            .loadConfirmed,
            rakutenOrderNumber: orderNumber,
            smaregiID: String(smaregiID),
            messageJa: "前回中断した受注登録はスマレジに存在しました(受注ID \(smaregiID))。再登録はしません。",
            messageEn:
                "An interrupted order registration had reached Smaregi (order \(smaregiID)); it is not created again."
        )
    }

    /// getOrder did not return an order that was asked for.
    static func notFound(_ orderNumber: String, manual: Bool) -> ReportRow {
        ReportRow(
            severity: manual ? .error : .warning,
            code: .orderNotFound,
            rakutenOrderNumber: orderNumber,
            messageJa: "楽天から注文を取得できませんでした(注文番号が存在しないか、参照できる期間を過ぎています)。",
            messageEn: "Rakuten did not return the order (unknown number, or older than the API can read).",
            action: ReportCode.orderNotFound.action ?? ""
        )
    }

    /// `--dry-run`: the 受注 a real run would create (info).
    static func wouldCreate(_ draft: SmaregiOrderDraft) -> ReportRow {
        ReportRow(
            .dryRunReady,
            rakutenOrderNumber: draft.orderCode,
            messageJa: "取り込み可能です(ドライラン): 合計 ¥\(draft.total)、お届け先 \(draft.destinations.count) 件。",
            messageEn:
                "Ready to import (dry run): total ¥\(draft.total), \(draft.destinations.count) destination(s)."
        )
    }
}
