/// The report codes that describe a standing state, not an event (issue #11 §2): while one is true every run of
/// its job reports it again (a held order is re-read, a broken mapping re-checked, the key's expiry re-computed),
/// so the first complete run that no longer reports it shows that it is over and earns a recovery mail
/// (解消しました). Events (a cancellation after import, a refused push) are mailed once and have no recovery.
package enum StandingProblems {
    /// The codes of standing problems, besides the store-wide classes (`StoreWideProblem`).
    package static let codes: Set<String> = [
        // orders held back until the merchant fixes something
        "UNMAPPED_SKU", "UNMAPPED_PAYMENT", "TOTAL_MISMATCH", "TAX_MISMATCH", "AMOUNT_UNDETERMINED",
        "ORDER_NO_LINES", "ORDER_CHANGE_PENDING",
        // product mappings in error (the mapping check re-checks every mapping on every run)
        "MAPPING_IN_ERROR", "SMAREGI_PRODUCT_NOT_FOUND", "RAKUTEN_SKU_NOT_FOUND", "RAKUTEN_ITEM_NOT_FOUND",
        "RAKUTEN_OPTION_NOT_FOUND", "SMAREGI_CODE_MISMATCH", "SMAREGI_CODE_AMBIGUOUS", "LEGACY_SKU_UNRESOLVED",
        // the store's own set-up
        "LICENSE_EXPIRING", "LICENSE_EXPIRED", "SMAREGI_NOT_CONFIGURED", "CONFIGURATION_ERROR", "JOB_FAILED",
    ]
}
