import Foundation

/// 送付者モデル `SenderModel` (rakuten-rms.md §3.3). For a social gift not yet accepted, RMS sends dummy values
/// (`999` / `9999` / 「入力待ち」 / 「ニュウリョクマチ」).
package struct RMSSenderModel: Codable, Sendable, Equatable {
    /// 郵便番号1.
    package var zipCode1: String?
    /// 郵便番号2.
    package var zipCode2: String?
    /// 都道府県.
    package var prefecture: String?
    /// 郡市区.
    package var city: String?
    /// それ以降の住所.
    package var subAddress: String?
    /// 姓.
    package var familyName: String?
    /// 名.
    package var firstName: String?
    /// 姓カナ.
    package var familyNameKana: String?
    /// 名カナ.
    package var firstNameKana: String?
    /// 電話番号1.
    package var phoneNumber1: String?
    /// 電話番号2.
    package var phoneNumber2: String?
    /// 電話番号3.
    package var phoneNumber3: String?
    /// 離島フラグ.
    package var isolatedIslandFlag: Int?

    enum CodingKeys: String, CodingKey {
        case zipCode1, zipCode2, prefecture, city, subAddress, familyName, firstName, familyNameKana
        case firstNameKana, phoneNumber1, phoneNumber2, phoneNumber3, isolatedIslandFlag
    }
}
