import Foundation

/// 発送モデル `ShippingModelList[]` as getOrder returns it (rakuten-rms.md §3.3).
package struct RMSShippingModel: Codable, Sendable, Equatable {
    /// 発送明細ID (issued by Rakuten).
    package var shippingDetailId: Int64?
    /// お荷物伝票番号.
    package var shippingNumber: String?
    /// 配送会社コード, e.g. `"1001"` (rakuten-rms.md §3.6).
    package var deliveryCompany: String?
    /// 配送会社名.
    package var deliveryCompanyName: String?
    /// 発送日, `yyyy-MM-dd`.
    package var shippingDate: String?

    enum CodingKeys: String, CodingKey {
        case shippingDetailId, shippingNumber, deliveryCompany, deliveryCompanyName, shippingDate
    }
}
