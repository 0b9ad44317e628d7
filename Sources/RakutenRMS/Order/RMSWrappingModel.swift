import Foundation

/// ラッピングモデル `WrappingModel1` / `WrappingModel2` (rakuten-rms.md §3.3).
package struct RMSWrappingModel: Codable, Sendable, Equatable {
    /// ラッピングタイトル: 1 包装紙, 2 リボン.
    package var title: Int?
    /// ラッピング名.
    package var name: String?
    /// 料金.
    package var price: Int?
    /// 税込別: 0 税別 / 1 税込.
    package var includeTaxFlag: Int?
    /// ラッピング削除フラグ.
    package var deleteWrappingFlag: Int?
    /// ラッピング税率.
    @ExactRate package var taxRate: Decimal?
    /// ラッピング税額 (set whether the price is tax-inclusive or not).
    package var taxPrice: Int?

    enum CodingKeys: String, CodingKey {
        case title, name, price, includeTaxFlag, deleteWrappingFlag, taxRate, taxPrice
    }
}
