import Foundation

/// 商品モデル `ItemModelList[]` (rakuten-rms.md §3.3). `price` is as entered (税込 or 税別 per `includeTaxFlag`);
/// `priceTaxIncl` is the tax-inclusive unit price, rounded by the shop setting (rakuten-rms.md §6).
package struct RMSItemModel: Codable, Sendable, Equatable {
    /// 商品明細ID.
    package var itemDetailId: Int64
    /// 商品名.
    package var itemName: String?
    /// 商品ID.
    package var itemId: Int64?
    /// 商品番号 (meaning changed with the SKU migration, rakuten-rms.md §4.4).
    package var itemNumber: String?
    /// 商品管理番号: the key into the Items and Inventory APIs.
    package var manageNumber: String?
    /// 単価, as entered.
    package var price: Int
    /// 個数.
    package var units: Int
    /// 送料込別: 0 送料別 / 1 送料込み.
    package var includePostageFlag: Int?
    /// 税込別: 0 税別 / 1 税込.
    package var includeTaxFlag: Int?
    /// 代引手数料込別.
    package var includeCashOnDeliveryPostageFlag: Int?
    /// 項目・選択肢 (`項目名:選択肢` lines).
    package var selectedChoice: String?
    /// ポイント倍率.
    package var pointRate: Int?
    /// ポイントタイプ (0/1/2/-99).
    package var pointType: Int?
    /// 在庫タイプ: 0 在庫設定なし, 1 通常在庫, 2 項目選択肢在庫.
    package var inventoryType: Int?
    /// 納期情報.
    package var delvdateInfo: String?
    /// 在庫連動オプション: 0 商品設定に従う / 1 連動する / 2 しない.
    package var restoreInventoryFlag: Int?
    /// 楽天スーパーDEAL商品フラグ.
    package var dealFlag: Int?
    /// 医薬品フラグ.
    package var drugFlag: Int?
    /// 削除フラグ.
    package var deleteItemFlag: Int?
    /// 税率: 0, 0.08 or 0.1.
    @ExactRate package var taxRate: Decimal?
    /// 単価(税込).
    package var priceTaxIncl: Int?
    /// 単品配送フラグ (v≥4).
    package var isSingleItemShipping: Int?
    /// SKUモデルリスト (v≥7; empty `variantId` for orders before the SKU migration).
    package var skuModelList: [RMSSkuModel]?

    enum CodingKeys: String, CodingKey {
        case itemDetailId, itemName, itemId, itemNumber, manageNumber, price, units, includePostageFlag
        case includeTaxFlag, includeCashOnDeliveryPostageFlag, selectedChoice, pointRate, pointType
        case inventoryType, delvdateInfo, restoreInventoryFlag, dealFlag, drugFlag, deleteItemFlag, taxRate
        case priceTaxIncl, isSingleItemShipping
        case skuModelList = "SkuModelList"
    }
}
