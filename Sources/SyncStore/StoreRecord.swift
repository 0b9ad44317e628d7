import Foundation

/// One row of `stores`: a Rakuten shop, its RMS credentials and its Smaregi connection (design.md §6).
///
/// Text settings not filled in yet are empty strings. Secrets (`serviceSecret`, `licenseKey`,
/// `smaregiClientSecret`) are plain `String`s here because the jobs need them; `description` masks them.
package struct StoreRecord: Sendable, Equatable {
    /// The stored 消費税1円未満端数 (the raw value is the `tax_rounding` text, which the schema limits to these).
    /// SyncCore's `TaxRounding` is the same setting as the tax rule reads it; SyncJobs converts between the two.
    package enum TaxRounding: String, Sendable, Equatable, Hashable, CaseIterable {
        /// 切り捨て
        case floor
        /// 切り上げ
        case ceil
        /// 四捨五入
        case round
    }

    /// Where the real Rakuten RMS API lives; a store points elsewhere only to use the sandbox.
    package static let defaultRakutenAPIURL = "https://api.rms.rakuten.co.jp"
    /// Where the real Smaregi token endpoint lives.
    package static let defaultSmaregiTokenURL = "https://id.smaregi.jp"
    /// Where the real Smaregi Platform API lives.
    package static let defaultSmaregiAPIURL = "https://api.smaregi.jp"

    /// 店舗コード: the unique key the CLI and every job use.
    package var code: String
    /// 店舗名.
    package var name: String
    /// 店舗URL on Rakuten Ichiba.
    package var shopURL: String
    /// Base URL of the RMS API (no trailing path).
    package var rakutenAPIURL: String
    /// サービスシークレット (secret).
    package var serviceSecret: String
    /// ライセンスキー (secret).
    package var licenseKey: String
    /// When the license key expires, as last read from RMS or entered; nil when unknown.
    package var licenseExpiry: Date?
    /// 消費税1円未満端数 as stored.
    package var taxRounding: TaxRounding
    /// 自動処理項目: whether the orders job runs for this store.
    package var ordersEnabled: Bool
    /// 自動処理項目: whether the stock job runs for this store.
    package var stockEnabled: Bool
    /// 自動処理項目: whether the shipping job runs for this store.
    package var shippingEnabled: Bool
    /// アラートメール: where problem reports are mailed.
    package var alertEmails: [String]
    /// Units held back from the quantity pushed to Rakuten.
    package var safetyStock: Int
    /// Smaregi 契約ID.
    package var smaregiContractID: String
    /// Smaregi API client id.
    package var smaregiClientID: String
    /// Smaregi API client secret (secret).
    package var smaregiClientSecret: String
    /// Base URL of the Smaregi token endpoint.
    package var smaregiTokenURL: String
    /// Base URL of the Smaregi Platform API.
    package var smaregiAPIURL: String
    /// 受注店舗: the Smaregi store id Rakuten orders are booked under.
    package var smaregiOrderStoreID: String
    /// The Smaregi store id whose stock is pushed to Rakuten.
    package var smaregiStockStoreID: String
    /// When the row was added (set by `StoreRepository.add`).
    package var createdAt: Date
    /// When the row last changed (set by `StoreRepository.add` and `update`).
    package var updatedAt: Date

    /// A store with the given values; everything not named takes the schema default.
    package init(
        code: String,
        name: String,
        shopURL: String = "",
        rakutenAPIURL: String = StoreRecord.defaultRakutenAPIURL,
        serviceSecret: String = "",
        licenseKey: String = "",
        licenseExpiry: Date? = nil,
        taxRounding: TaxRounding = .round,
        ordersEnabled: Bool = false,
        stockEnabled: Bool = false,
        shippingEnabled: Bool = false,
        alertEmails: [String] = [],
        safetyStock: Int = 0,
        smaregiContractID: String = "",
        smaregiClientID: String = "",
        smaregiClientSecret: String = "",
        smaregiTokenURL: String = StoreRecord.defaultSmaregiTokenURL,
        smaregiAPIURL: String = StoreRecord.defaultSmaregiAPIURL,
        smaregiOrderStoreID: String = "",
        smaregiStockStoreID: String = "",
        createdAt: Date = Date(timeIntervalSince1970: 0),
        updatedAt: Date = Date(timeIntervalSince1970: 0)
    ) {
        self.code = code
        self.name = name
        self.shopURL = shopURL
        self.rakutenAPIURL = rakutenAPIURL
        self.serviceSecret = serviceSecret
        self.licenseKey = licenseKey
        self.licenseExpiry = licenseExpiry
        self.taxRounding = taxRounding
        self.ordersEnabled = ordersEnabled
        self.stockEnabled = stockEnabled
        self.shippingEnabled = shippingEnabled
        self.alertEmails = alertEmails
        self.safetyStock = safetyStock
        self.smaregiContractID = smaregiContractID
        self.smaregiClientID = smaregiClientID
        self.smaregiClientSecret = smaregiClientSecret
        self.smaregiTokenURL = smaregiTokenURL
        self.smaregiAPIURL = smaregiAPIURL
        self.smaregiOrderStoreID = smaregiOrderStoreID
        self.smaregiStockStoreID = smaregiStockStoreID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
