import Foundation

/// SKUモデル `SkuModelList[]` (rakuten-rms.md §3.3, v≥7).
package struct RMSSkuModel: Codable, Sendable, Equatable {
    /// SKU管理番号 (empty for orders placed before the shop's SKU migration).
    package var variantId: String?
    /// システム連携用SKU番号.
    package var merchantDefinedSkuId: String?
    /// SKU情報 (`バリエーション項目名:選択肢` lines).
    package var skuInfo: String?

    enum CodingKeys: String, CodingKey {
        case variantId, merchantDefinedSkuId, skuInfo
    }
}
