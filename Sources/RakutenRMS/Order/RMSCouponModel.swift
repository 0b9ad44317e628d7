import Foundation

/// クーポンモデル `CouponModelList[]` (rakuten-rms.md §3.3).
package struct RMSCouponModel: Codable, Sendable, Equatable {
    /// クーポンコード.
    package var couponCode: String?
    /// 対象商品ID (0 when not item-specific).
    package var itemId: Int64?
    /// クーポン名.
    package var couponName: String?
    /// クーポン効果(サマリー).
    package var couponSummary: String?
    /// 原資 (ショップ / メーカー / サービス).
    package var couponCapital: String?
    /// 原資コード: 1 ショップ, 2 メーカー, 3 サービス.
    package var couponCapitalCode: Int?
    /// 有効期限.
    package var expiryDate: String?
    /// 単品割引額.
    package var couponPrice: Int?
    /// 利用個数.
    package var couponUnit: Int?
    /// 利用金額 (total).
    package var couponTotalPrice: Int?
    /// 商品明細ID (0 when not item-specific).
    package var itemDetailId: Int64?

    enum CodingKeys: String, CodingKey {
        case couponCode, itemId, couponName, couponSummary, couponCapital, couponCapitalCode, expiryDate
        case couponPrice, couponUnit, couponTotalPrice, itemDetailId
    }
}
