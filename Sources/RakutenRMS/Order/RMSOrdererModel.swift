import Foundation

/// 注文者モデル `OrdererModel` (rakuten-rms.md §3.3). `emailAddress` is masked by RMS and must not be used as a key.
package struct RMSOrdererModel: Codable, Sendable, Equatable {
    /// 郵便番号1, e.g. `"158"`.
    package var zipCode1: String?
    /// 郵便番号2, e.g. `"0094"` (a string: leading zeros matter).
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
    /// メールアドレス (masked).
    package var emailAddress: String?
    /// 性別.
    package var sex: String?
    /// 誕生日(年).
    package var birthYear: Int?
    /// 誕生日(月).
    package var birthMonth: Int?
    /// 誕生日(日).
    package var birthDay: Int?

    enum CodingKeys: String, CodingKey {
        case zipCode1, zipCode2, prefecture, city, subAddress, familyName, firstName, familyNameKana
        case firstNameKana, phoneNumber1, phoneNumber2, phoneNumber3, emailAddress, sex, birthYear, birthMonth
        case birthDay
    }
}
