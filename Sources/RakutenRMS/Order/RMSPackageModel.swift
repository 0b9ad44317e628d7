import Foundation

/// 送付先モデル `PackageModelList[]`: one per 送付先 (rakuten-rms.md §3.3). `basketId` is what updateOrderShipping needs.
package struct RMSPackageModel: Codable, Sendable, Equatable {
    /// 送付先ID (10 digits); the key of `BasketidModelList` in updateOrderShipping.
    package var basketId: Int64
    /// 送料.
    package var postagePrice: Int
    /// 送料税率.
    @ExactRate package var postageTaxRate: Decimal?
    /// 代引料.
    package var deliveryPrice: Int
    /// 代引料税率.
    @ExactRate package var deliveryTaxRate: Decimal?
    /// 送付先外税合計; deprecated, absent for version ≥ 8.
    package var goodsTax: Int?
    /// 商品合計金額.
    package var goodsPrice: Int
    /// 合計金額 (excludes 代引料).
    package var totalPrice: Int
    /// のし.
    package var noshi: String?
    /// 送付先モデル削除フラグ.
    package var packageDeleteFlag: Int?
    /// 送付者モデル.
    package var senderModel: RMSSenderModel?
    /// 商品モデルリスト.
    package var itemModelList: [RMSItemModel]?
    /// 発送モデルリスト (may be `[]`).
    package var shippingModelList: [RMSShippingModel]?
    /// コンビニ配送モデル.
    package var deliveryCvsModel: RMSDeliveryCvsModel?
    /// 購入時配送会社 (a code string, rakuten-rms.md §3.6; v≥4).
    package var defaultDeliveryCompanyCode: String?
    /// 置き配フラグ (v≥9).
    package var dropOffFlag: Int?
    /// 置き配場所 (v≥9).
    package var dropOffLocation: String?
    /// ソーシャルギフトモデル (v≥10).
    package var socialGiftModel: RMSSocialGiftModel?

    enum CodingKeys: String, CodingKey {
        case basketId, postagePrice, postageTaxRate, deliveryPrice, deliveryTaxRate, goodsTax, goodsPrice
        case totalPrice, noshi, packageDeleteFlag, defaultDeliveryCompanyCode, dropOffFlag, dropOffLocation
        case senderModel = "SenderModel"
        case itemModelList = "ItemModelList"
        case shippingModelList = "ShippingModelList"
        case deliveryCvsModel = "DeliveryCvsModel"
        case socialGiftModel = "SocialGiftModel"
    }
}
