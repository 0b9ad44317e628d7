import Foundation

/// 税情報モデル `TaxSummaryModelList[]`: the billed amount and its tax per rate (rakuten-rms.md §6).
/// Any amount may be `-9999` while postage or the 代引 fee is undetermined.
package struct RMSTaxSummaryModel: Codable, Sendable, Equatable {
    /// 税率.
    @ExactRate package var taxRate: Decimal?
    /// 請求金額 at this rate, tax-inclusive, before points (orders from 2022-04-01).
    package var reqPrice: Int?
    /// 請求額に対する税額.
    package var reqPriceTax: Int?
    /// 合計金額: 商品 + 送料 + ラッピング at this rate.
    package var totalPrice: Int?
    /// 決済手数料.
    package var paymentCharge: Int?
    /// クーポン割引額.
    package var couponPrice: Int?
    /// 利用ポイント数 (always 0 from 2022-04-01).
    package var point: Int?

    enum CodingKeys: String, CodingKey {
        case taxRate, reqPrice, reqPriceTax, totalPrice, paymentCharge, couponPrice, point
    }
}
