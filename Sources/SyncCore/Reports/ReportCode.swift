/// Every code a report row can carry: the one catalogue of report codes (issue #15 §2).
///
/// The raw value is the code written in the report's `code` column and in the alert mail; it is never reworded
/// once shipped (operators filter on it, and `alerts_sent` / `alert_problems` key on it). The operator's guide
/// lists exactly these codes, with their meaning and fix (docs/operations.ja.md §4, checked by
/// `ReportCodeCatalogueTests`). The rows themselves, with their messages, are built by one builder per area:
/// `OrderReportRows`, `OrderSearchReportRows`, `StockReportRows`, `ShippingReportRows`, `MappingReportRows`,
/// `MappingVerdict` (SyncCore) and `OrdersJobRows`, `FailureRow`, `RunFrame`, `RunContext+Smaregi` (SyncJobs).
package enum ReportCode: String, CaseIterable, Sendable, Hashable {
    // MARK: every job (docs/operations.ja.md §4.1)
    case licenseExpiring = "LICENSE_EXPIRING"
    case licenseExpired = "LICENSE_EXPIRED"
    case authenticationFailed = "AUTHENTICATION_FAILED"
    case remoteUnavailable = "REMOTE_UNAVAILABLE"
    case configurationError = "CONFIGURATION_ERROR"
    case jobFailed = "JOB_FAILED"
    case smaregiNotConfigured = "SMAREGI_NOT_CONFIGURED"
    case runInterrupted = "RUN_INTERRUPTED"

    // MARK: 受注取得 (§4.2)
    case unmappedSKU = "UNMAPPED_SKU"
    case mappingInError = "MAPPING_IN_ERROR"
    case unmappedPayment = "UNMAPPED_PAYMENT"
    case totalMismatch = "TOTAL_MISMATCH"
    case smaregiRejected = "SMAREGI_REJECTED"
    case orderDateInvalid = "ORDER_DATE_INVALID"
    case orderNoLines = "ORDER_NO_LINES"
    case orderCancelledAfterImport = "ORDER_CANCELLED_AFTER_IMPORT"
    case orderNotFound = "ORDER_NOT_FOUND"
    case amountUndetermined = "AMOUNT_UNDETERMINED"
    case taxMismatch = "TAX_MISMATCH"
    case smaregiUnavailable = "SMAREGI_UNAVAILABLE"
    case orderChangedAfterImport = "ORDER_CHANGED_AFTER_IMPORT"
    case orderCancelled = "ORDER_CANCELLED"
    case orderChangePending = "ORDER_CHANGE_PENDING"
    case orderProgressNotImported = "ORDER_PROGRESS_NOT_IMPORTED"
    case alreadyImported = "ALREADY_IMPORTED"
    case loadConfirmed = "LOAD_CONFIRMED"
    case dryRunReady = "DRY_RUN_READY"

    // MARK: 在庫更新 (§4.3; MAPPING_IN_ERROR above)
    case rakutenRejected = "RAKUTEN_REJECTED"
    case negativeStock = "NEGATIVE_STOCK"
    case legacySKUUnresolved = "LEGACY_SKU_UNRESOLVED"

    // MARK: 発送済みステータス (§4.4)
    case splitOrderManual = "SPLIT_ORDER_MANUAL"
    case packageManual = "PACKAGE_MANUAL"
    case shippingRejected = "SHIPPING_REJECTED"
    case unknownCarrier = "UNKNOWN_CARRIER"

    // MARK: 商品連携チェック (§4.5)
    case rakutenSKUNotFound = "RAKUTEN_SKU_NOT_FOUND"
    case rakutenItemNotFound = "RAKUTEN_ITEM_NOT_FOUND"
    case rakutenOptionNotFound = "RAKUTEN_OPTION_NOT_FOUND"
    case smaregiProductNotFound = "SMAREGI_PRODUCT_NOT_FOUND"
    case smaregiCodeAmbiguous = "SMAREGI_CODE_AMBIGUOUS"
    case smaregiCodeMismatch = "SMAREGI_CODE_MISMATCH"
    case mappingRecovered = "MAPPING_RECOVERED"

    // MARK: the order search and unconfirmed 受注登録 (§4.6)
    case loadUnconfirmed = "LOAD_UNCONFIRMED"
    case orderSearchSaturated = "ORDER_SEARCH_SATURATED"
    case hostClockSkew = "HOST_CLOCK_SKEW"

    /// The severity a row of this code carries. Two codes depend on where they arise (docs/operations.ja.md §4):
    /// `ORDER_NOT_FOUND` is an error in 受注指定取得 (`--order`), and `MAPPING_IN_ERROR` a warning in 在庫更新
    /// (the SKU is skipped, nothing is held); their builders say so.
    package var severity: ReportRow.Severity {
        switch self {
        case .licenseExpired, .authenticationFailed, .remoteUnavailable, .configurationError, .jobFailed,
            .unmappedSKU, .mappingInError, .unmappedPayment, .totalMismatch, .smaregiRejected, .orderDateInvalid,
            .orderNoLines, .orderCancelledAfterImport, .rakutenRejected, .splitOrderManual, .packageManual,
            .shippingRejected, .rakutenSKUNotFound, .rakutenItemNotFound, .rakutenOptionNotFound,
            .smaregiProductNotFound, .smaregiCodeAmbiguous, .smaregiCodeMismatch, .orderSearchSaturated:
            .error
        case .licenseExpiring, .smaregiNotConfigured, .orderNotFound, .amountUndetermined, .taxMismatch,
            .smaregiUnavailable, .orderChangedAfterImport, .negativeStock, .legacySKUUnresolved, .unknownCarrier,
            .mappingRecovered, .hostClockSkew:
            .warning
        case .runInterrupted, .orderCancelled, .orderChangePending, .orderProgressNotImported, .alreadyImported,
            .loadConfirmed, .dryRunReady, .loadUnconfirmed:
            .info
        }
    }

    /// Whether the code describes a standing state rather than an event (issue #11 §2): while it is true every
    /// run of its job reports it again, so the first complete run that no longer reports it shows that it is
    /// over and earns a recovery mail (解消しました). Events (a cancellation after import, a refused push) are
    /// mailed once and have no recovery.
    package var isStanding: Bool {
        switch self {
        // orders held back until the merchant fixes something
        case .unmappedSKU, .unmappedPayment, .totalMismatch, .taxMismatch, .amountUndetermined, .orderNoLines,
            .orderChangePending:
            true
        // product mappings in error (the mapping check re-checks every mapping on every run)
        case .mappingInError, .smaregiProductNotFound, .rakutenSKUNotFound, .rakutenItemNotFound,
            .rakutenOptionNotFound, .smaregiCodeMismatch, .smaregiCodeAmbiguous, .legacySKUUnresolved:
            true
        // the store's own set-up
        case .licenseExpiring, .licenseExpired, .smaregiNotConfigured, .configurationError, .jobFailed:
            true
        default:
            false
        }
    }

    /// What the operator does, Japanese first, when it is the same for every row of the code; `nil` when the
    /// fix names the record or the store (the code's builder writes it then).
    package var action: String? {
        switch self {
        case .orderCancelled, .alreadyImported, .loadConfirmed, .dryRunReady:
            "対応不要です。 / Nothing to do."
        case .amountUndetermined:
            "RMSで送料・代引料などを確定してください。確定後の実行で自動的に取り込まれます。 / Settle postage and fees in RMS; the next run imports the order."
        case .orderChangePending:
            "RMSで変更を確定してください。 / Confirm the change in RMS."
        case .orderProgressNotImported:
            "必要なら受注指定取得(--order)で取り込んでください。 / Import it by hand with --order if it is needed."
        case .orderDateInvalid, .orderNoLines:
            "RMSで注文内容を確認してください。 / Check the order in RMS."
        case .unmappedSKU:
            "商品連携を登録してください。次回の実行で取り込まれます。 / Add the product mapping; the next run imports the order."
        case .mappingInError:
            "商品連携チェックのエラーを解消してください。次回の実行で取り込まれます。 / Fix the mapping reported by the mapping check; the next run imports the order."
        case .unmappedPayment:
            "支払方法連携を登録してください。次回の実行で取り込まれます。 / Map the payment method; the next run imports the order."
        case .totalMismatch:
            "RMSで注文の金額を確認し、サポートに連絡してください。 / Check the order amounts in RMS and contact support."
        case .taxMismatch:
            "店舗の消費税1円未満端数の設定がRMSと同じか確認してください。受注には楽天の値を登録するため修正は不要です。 / Check that the store's tax rounding matches the RMS setting; the 受注 carries Rakuten's figures, so it needs no fix."
        case .orderSearchSaturated:
            "RMSの受注管理でこの1秒間の注文を確認し、未取込の注文を `rakuten-sync-orders --order 注文番号` で取り込んでください。 / Look the orders of that second up in RMS and import the missing ones with `rakuten-sync-orders --order NUMBER`."
        case .hostClockSkew:
            "サーバーの時刻同期(NTP)を確認してください。 / Check the host's time synchronisation (NTP)."
        case .negativeStock:
            "スマレジの在庫数を確認してください (売り越しの可能性)。 / Check the Smaregi stock: units may be oversold."
        case .legacySKUUnresolved:
            "`rakuten-sync-mappings` で商品連携チェックを実行し、RMSでこの選択肢の組み合わせがSKU1件だけにあることを確認してください。 / Run the mapping check; in RMS make sure exactly one SKU of the item has this combination."
        case .rakutenRejected:
            "RMSで商品管理番号・SKU管理番号と在庫設定を確認してください。次回の実行で再送します。 / Check the SKU in RMS; the next run retries."
        case .splitOrderManual:
            "RMSの受注管理で配送会社・お荷物伝票番号・発送日を入力して発送完了報告してください。 / Enter the carrier, tracking number and ship date in RMS."
        case .packageManual:
            "RMSの受注管理で送付先ごとに発送完了報告してください。 / Report each package in RMS."
        case .shippingRejected:
            "楽天のメッセージを確認し、必要ならRMSで手動で発送完了報告してください。 / Check Rakuten's message; report by hand in RMS if needed."
        case .smaregiRejected:
            "スマレジのメッセージに従って設定(商品・支払方法・受注店舗)を直してください。次回の実行で自動的に再登録します。 / Fix what Smaregi names; the next run retries."
        case .smaregiUnavailable:
            "対応不要です (自動で再試行します)。 / Nothing to do; retried automatically."
        case .loadUnconfirmed:
            "対応不要です (自動で確認します)。 / Nothing to do; checked automatically."
        case .orderNotFound:
            "注文番号を確認してください。 / Check the order number."
        case .runInterrupted:
            "対応不要 (no action needed); 繰り返す場合はサーバーのログを確認してください"
        case .mappingRecovered:
            "対応不要 (no action needed)"
        case .authenticationFailed:
            "`rakuten-sync store test` で認証情報を確認してください (check the credentials with store test)"
        case .remoteUnavailable:
            "次回の実行で自動的に再試行します (retried automatically on the next run)"
        case .configurationError:
            "`rakuten-sync store show` で設定を確認してください (check the store's settings)"
        case .jobFailed:
            "データディレクトリの空き容量と権限を確認してください (check disk space and permissions)"
        case .rakutenSKUNotFound, .rakutenItemNotFound:
            "RMSの商品管理番号・SKU管理番号を確認し、商品連携を修正してください (`rakuten-sync mapping add/import`) "
                + "(check the item in RMS and fix the mapping)"
        case .rakutenOptionNotFound:
            "横軸・縦軸の選択肢名をRMSの表記どおりに修正してください (spell the 横軸/縦軸 choices exactly as in RMS)"
        case .smaregiProductNotFound, .smaregiCodeMismatch:
            "スマレジの商品ID・商品コードを確認し、商品連携を修正してください (check the product in Smaregi and fix the mapping)"
        case .smaregiCodeAmbiguous:
            "商品IDで連携し直してください (map by product id instead)"
        case .licenseExpiring, .licenseExpired, .smaregiNotConfigured, .orderCancelledAfterImport,
            .orderChangedAfterImport, .unknownCarrier:
            nil
        }
    }
}
