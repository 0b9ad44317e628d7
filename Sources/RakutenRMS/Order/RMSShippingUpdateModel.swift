import Foundation

/// One `ShippingModelList[]` row of an updateOrderShipping request (rakuten-rms.md §3.5).
///
/// Without `shippingDetailId` the row is added; with it, that row is updated. A `nil` field is left out of the JSON
/// (RMS keeps the value); an empty string deletes the value. `deliveryCompany` is a code such as `"1001"`, never a
/// name; `shippingDate` is `yyyy-MM-dd`.
package struct RMSShippingUpdateModel: Encodable, Sendable, Equatable {
    /// 発送明細ID: `nil` to add a row.
    package var shippingDetailId: Int64?
    /// 配送会社 code (rakuten-rms.md §3.6).
    package var deliveryCompany: String?
    /// お荷物伝票番号 (≤ 120 characters).
    package var shippingNumber: String?
    /// 発送日, `yyyy-MM-dd`.
    package var shippingDate: String?
    /// 発送情報削除フラグ: 1 deletes the row.
    package var shippingDeleteFlag: Int?

    enum CodingKeys: String, CodingKey {
        case shippingDetailId, deliveryCompany, shippingNumber, shippingDate, shippingDeleteFlag
    }

    /// A row with the raw wire values.
    package init(
        shippingDetailId: Int64? = nil,
        deliveryCompany: String?,
        shippingNumber: String?,
        shippingDate: String?,
        shippingDeleteFlag: Int? = nil
    ) {
        self.shippingDetailId = shippingDetailId
        self.deliveryCompany = deliveryCompany
        self.shippingNumber = shippingNumber
        self.shippingDate = shippingDate
        self.shippingDeleteFlag = shippingDeleteFlag
    }

    /// A row whose `shippingDate` is `date` formatted as `yyyy-MM-dd` in JST.
    package init(shippingDetailId: Int64? = nil, deliveryCompany: String, shippingNumber: String, shippingDate: Date) {
        self.init(
            shippingDetailId: shippingDetailId,
            deliveryCompany: deliveryCompany,
            shippingNumber: shippingNumber,
            shippingDate: RMSDateFormat.orderDate.string(from: shippingDate)
        )
    }
}
