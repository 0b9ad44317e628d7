/// A person on an order: the 注文者 (Rakuten `OrdererModel`) or a お届け先 (`SenderModel`), with the fields a
/// Smaregi 受注 can hold (docs/api-assumptions-smaregi.md 受注管理 `customer` / `recipient`).
package struct OrderPerson: Sendable, Equatable, Hashable, Codable {
    /// 姓.
    package var familyName: String?
    /// 名.
    package var firstName: String?
    /// セイ.
    package var familyNameKana: String?
    /// メイ.
    package var firstNameKana: String?
    /// 郵便番号 as `158-0094` (Rakuten sends the two halves apart).
    package var zipCode: String?
    /// 都道府県.
    package var prefecture: String?
    /// 郡市区.
    package var city: String?
    /// それ以降の住所.
    package var subAddress: String?
    /// 電話番号 as `03-1234-5678`.
    package var phoneNumber: String?
    /// メールアドレス (Rakuten masks it; only the 注文者 has one).
    package var emailAddress: String?

    enum CodingKeys: String, CodingKey {
        case familyName, firstName, familyNameKana, firstNameKana, zipCode, prefecture, city, subAddress
        case phoneNumber, emailAddress
    }

    /// A person; every field optional.
    package init(
        familyName: String? = nil,
        firstName: String? = nil,
        familyNameKana: String? = nil,
        firstNameKana: String? = nil,
        zipCode: String? = nil,
        prefecture: String? = nil,
        city: String? = nil,
        subAddress: String? = nil,
        phoneNumber: String? = nil,
        emailAddress: String? = nil
    ) {
        self.familyName = familyName
        self.firstName = firstName
        self.familyNameKana = familyNameKana
        self.firstNameKana = firstNameKana
        self.zipCode = zipCode
        self.prefecture = prefecture
        self.city = city
        self.subAddress = subAddress
        self.phoneNumber = phoneNumber
        self.emailAddress = emailAddress
    }
}
