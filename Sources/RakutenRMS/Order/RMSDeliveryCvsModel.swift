import Foundation

/// コンビニ配送モデル `DeliveryCvsModel` (getOrder; present only for convenience-store pick-up).
package struct RMSDeliveryCvsModel: Codable, Sendable, Equatable {
    /// コンビニコード.
    package var cvsCode: Int?
    /// ストア分類コード.
    package var storeGenreCode: String?
    /// ストアコード.
    package var storeCode: String?
    /// ストア名称.
    package var storeName: String?
    /// 郵便番号.
    package var storeZip: String?
    /// 都道府県.
    package var storePrefecture: String?
    /// その他住所.
    package var storeAddress: String?
    /// 発注エリアコード.
    package var areaCode: String?
    /// センターデポコード.
    package var depo: String?
    /// 開店時間.
    package var openTime: String?
    /// 閉店時間.
    package var closeTime: String?
    /// 特記事項.
    package var cvsRemarks: String?

    enum CodingKeys: String, CodingKey {
        case cvsCode, storeGenreCode, storeCode, storeName, storeZip, storePrefecture, storeAddress, areaCode
        case depo, openTime, closeTime, cvsRemarks
    }
}
