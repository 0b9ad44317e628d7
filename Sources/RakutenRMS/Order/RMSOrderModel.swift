import Foundation

/// One order of a getOrder response: `OrderModelList[]` (rakuten-rms.md §3.3, getOrder version 10).
///
/// Keys are exactly the wire keys: lowerCamel scalars, PascalCase models (`OrdererModel`, `PackageModelList`…).
/// Unknown keys are ignored, and every collection is optional because RMS sends `null` for some lists and `[]` for
/// others (rakuten-rms.md §8 pitfall 8). Amounts are integer yen and keep the `-9999` "not yet determined" sentinel as
/// sent (rakuten-rms.md §3.3, §8 pitfall 7); the domain order checks it (`RakutenOrder.hasUndeterminedAmounts`).
/// Datetimes stay in their wire form (`yyyy-MM-dd'T'HH:mm:ss+0900`); parse them with `RMSDateFormat.orderDateTime`
/// or the `…Date` helpers.
package struct RMSOrderModel: Codable, Sendable, Equatable {
    /// 注文番号, e.g. `502763-20171027-00006701`.
    package var orderNumber: String
    /// ステータス: 100 … 900 (rakuten-rms.md §3.8).
    package var orderProgress: Int
    /// サブステータスID (shop-defined).
    package var subStatusId: Int?
    /// サブステータス名.
    package var subStatusName: String?
    /// 注文日時, `+0900` form.
    package var orderDatetime: String
    /// 注文確認日時.
    package var shopOrderCfmDatetime: String?
    /// 注文確定日時.
    package var orderFixDatetime: String?
    /// 発送指示日時.
    package var shippingInstDatetime: String?
    /// 発送完了報告日時.
    package var shippingCmplRptDatetime: String?
    /// キャンセル期限日, `yyyy-MM-dd`.
    package var cancelDueDate: String?
    /// お届け日指定, `yyyy-MM-dd`.
    package var deliveryDate: String?
    /// お届け時間帯 (0, 1, 2, 9 or an hour range such as 708).
    package var shippingTerm: Int?
    /// 備考 (includes the `[配送日時指定:]` text).
    package var remarks: String?
    /// ギフト配送希望フラグ.
    package var giftCheckFlag: Int?
    /// ソーシャルギフトフラグ (v10).
    package var socialGiftFlag: Int?
    /// 複数送付先フラグ.
    package var severalSenderFlag: Int?
    /// 送付先一致フラグ.
    package var equalSenderFlag: Int?
    /// 離島フラグ.
    package var isolatedIslandFlag: Int?
    /// 楽天会員フラグ.
    package var rakutenMemberFlag: Int?
    /// 利用端末.
    package var carrierCode: Int?
    /// メールキャリアコード.
    package var emailCarrierCode: Int?
    /// 注文種別: 1 通常, 4 定期, 5 頒布会, 6 予約.
    package var orderType: Int?
    /// 申込番号 (定期, 予約, 頒布会 only).
    package var reserveNumber: String?
    /// 申込お届け回数.
    package var reserveDeliveryCount: Int?
    /// 警告表示タイプ (0/1/2).
    package var cautionDisplayType: Int?
    /// 警告表示タイプ詳細 (101–105, v≥6).
    package var cautionDisplayDetailType: Int?
    /// 楽天確認中フラグ.
    package var rakutenConfirmFlag: Int?
    /// 商品合計金額 (raw price × units + wrapping; tax-exclusive for 税別 items, rakuten-rms.md §6).
    package var goodsPrice: Int
    /// 外税合計; deprecated and absent for version ≥ 8.
    package var goodsTax: Int?
    /// 送料合計.
    package var postagePrice: Int
    /// 代引料合計.
    package var deliveryPrice: Int
    /// 決済手数料合計.
    package var paymentCharge: Int
    /// 決済手数料税率.
    @ExactRate package var paymentChargeTaxRate: Decimal?
    /// 合計金額: 商品 + 送料 + ラッピング.
    package var totalPrice: Int
    /// 請求金額: 商品 + 送料 + ラッピング + 決済手数料 + 注文者負担金 − クーポン − ポイント.
    package var requestPrice: Int
    /// クーポン利用総額.
    package var couponAllTotalPrice: Int
    /// 店舗発行クーポン利用額.
    package var couponShopPrice: Int?
    /// 楽天発行クーポン利用額.
    package var couponOtherPrice: Int?
    /// 注文者負担金合計 (後払い手数料).
    package var additionalFeeOccurAmountToUser: Int?
    /// 店舗負担金合計.
    package var additionalFeeOccurAmountToShop: Int?
    /// あす楽希望フラグ.
    package var asurakuFlag: Int?
    /// 医薬品受注フラグ.
    package var drugFlag: Int?
    /// 楽天スーパーDEAL商品受注フラグ.
    package var dealFlag: Int?
    /// メンバーシッププログラム受注タイプ.
    package var membershipType: Int?
    /// ひとことメモ.
    package var memo: String?
    /// 担当者.
    package var `operator`: String?
    /// メール差込文.
    package var mailPlugSentence: String?
    /// 購入履歴修正有無フラグ.
    package var modifyFlag: Int?
    /// 消費税再計算フラグ (older versions).
    package var isTaxRecalc: Int?
    /// 領収書発行回数 (v≥5).
    package var receiptIssueCount: Int?
    /// 領収書発行履歴リスト: issue datetimes (v≥5).
    package var receiptIssueHistoryList: [String]?
    /// 最強翌日配送フラグ (v≥8).
    package var deliveryCertPrgFlag: Int?
    /// 当日出荷フラグ (v≥8).
    package var oneDayOperationFlag: Int?
    /// 注文者モデル.
    package var ordererModel: RMSOrdererModel?
    /// 支払方法モデル.
    package var settlementModel: RMSSettlementModel?
    /// 配送方法モデル.
    package var deliveryModel: RMSDeliveryModel?
    /// ポイントモデル.
    package var pointModel: RMSPointModel?
    /// ラッピングモデル1.
    package var wrappingModel1: RMSWrappingModel?
    /// ラッピングモデル2.
    package var wrappingModel2: RMSWrappingModel?
    /// 送付先モデルリスト: one per 送付先.
    package var packageModelList: [RMSPackageModel]?
    /// クーポンモデルリスト (`null` when no coupon).
    package var couponModelList: [RMSCouponModel]?
    /// 変更・キャンセルモデルリスト.
    package var changeReasonModelList: [RMSChangeReasonModel]?
    /// 税情報モデルリスト: per tax rate (rakuten-rms.md §6); `[]` for orders before 2019-07-30.
    package var taxSummaryModelList: [RMSTaxSummaryModel]?
    /// 期限日モデルリスト (v≥5).
    package var dueDateModelList: [RMSDueDateModel]?

    enum CodingKeys: String, CodingKey {
        case orderNumber, orderProgress, subStatusId, subStatusName, orderDatetime, shopOrderCfmDatetime
        case orderFixDatetime, shippingInstDatetime, shippingCmplRptDatetime, cancelDueDate, deliveryDate
        case shippingTerm, remarks, giftCheckFlag, socialGiftFlag, severalSenderFlag, equalSenderFlag
        case isolatedIslandFlag, rakutenMemberFlag, carrierCode, emailCarrierCode, orderType, reserveNumber
        case reserveDeliveryCount, cautionDisplayType, cautionDisplayDetailType, rakutenConfirmFlag
        case goodsPrice, goodsTax, postagePrice, deliveryPrice, paymentCharge, paymentChargeTaxRate
        case totalPrice, requestPrice, couponAllTotalPrice, couponShopPrice, couponOtherPrice
        case additionalFeeOccurAmountToUser, additionalFeeOccurAmountToShop, asurakuFlag, drugFlag, dealFlag
        case membershipType, memo, `operator`, mailPlugSentence, modifyFlag, isTaxRecalc, receiptIssueCount
        case receiptIssueHistoryList, deliveryCertPrgFlag, oneDayOperationFlag
        case ordererModel = "OrdererModel"
        case settlementModel = "SettlementModel"
        case deliveryModel = "DeliveryModel"
        case pointModel = "PointModel"
        case wrappingModel1 = "WrappingModel1"
        case wrappingModel2 = "WrappingModel2"
        case packageModelList = "PackageModelList"
        case couponModelList = "CouponModelList"
        case changeReasonModelList = "ChangeReasonModelList"
        case taxSummaryModelList = "TaxSummaryModelList"
        case dueDateModelList = "DueDateModelList"
    }
}
